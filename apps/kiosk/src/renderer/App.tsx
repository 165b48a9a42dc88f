import { defaultLanguage, useLanguage } from "@marquee/ui";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { IdleWarning } from "./components/IdleWarning.tsx";
import { AttractScreen } from "./screens/AttractScreen.tsx";
import { NotYetScreen } from "./screens/NotYetScreen.tsx";
import { useIdleReset } from "./use-idle-reset.ts";

type Screen = "attract" | "buy" | "pickup";

/** After a minute without a touch, the next customer gets the attract screen in the default language. */
export const idleTimeoutMs = 60_000;
const idleWarningMs = 10_000;

export function App() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const [screen, setScreen] = useState<Screen>("attract");

  // the same customer going back keeps their language; only the idle reset forgets it
  const backToStart = () => setScreen("attract");
  const reset = useCallback(() => {
    setScreen("attract");
    void setLanguage(defaultLanguage);
  }, [setLanguage]);

  const { warning } = useIdleReset({
    active: screen !== "attract" || language !== defaultLanguage,
    timeoutMs: idleTimeoutMs,
    warnBeforeMs: idleWarningMs,
    onIdle: reset,
  });

  return (
    <>
      <title>{`Marquee ${t("product")}`}</title>
      {screen === "attract" && (
        <AttractScreen onBuy={() => setScreen("buy")} onPickup={() => setScreen("pickup")} />
      )}
      {screen === "buy" && (
        <NotYetScreen heading={t("buy.heading")} body={t("buy.body")} onBack={backToStart} />
      )}
      {screen === "pickup" && (
        <NotYetScreen heading={t("pickup.heading")} body={t("pickup.body")} onBack={backToStart} />
      )}
      {warning && <IdleWarning />}
    </>
  );
}
