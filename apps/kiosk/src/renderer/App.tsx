import { defaultLanguage, errorCodeOf, Spinner, useLanguage } from "@marquee/ui";
import { useCurrentTerminal, usePairingState } from "@marquee/ui/desktop/renderer";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "./bridge.ts";
import { IdleWarning } from "./components/IdleWarning.tsx";
import { KioskFrame } from "./components/KioskFrame.tsx";
import { AttractScreen } from "./screens/AttractScreen.tsx";
import { NotYetScreen } from "./screens/NotYetScreen.tsx";
import { OutOfServiceScreen } from "./screens/OutOfServiceScreen.tsx";
import { PairedScreen } from "./screens/PairedScreen.tsx";
import { PairKioskScreen } from "./screens/PairKioskScreen.tsx";
import { useIdleReset } from "./use-idle-reset.ts";

type Screen = "attract" | "buy" | "pickup";

/** After a minute without a touch, the next customer gets the attract screen in the default language. */
export const idleTimeoutMs = 60_000;
const idleWarningMs = 10_000;

export function App() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const pairing = usePairingState(bridge);
  const terminal = useCurrentTerminal(pairing.data?.paired === true);
  const [justPaired, setJustPaired] = useState(false);
  const [screen, setScreen] = useState<Screen>("attract");
  const revoked = terminal.error !== null && errorCodeOf(terminal.error) === "UNAUTHENTICATED";
  const serving = pairing.data?.paired === true && !revoked && !justPaired;

  // the same customer going back keeps their language; only the idle reset forgets it
  const backToStart = () => setScreen("attract");
  const reset = useCallback(() => {
    setScreen("attract");
    void setLanguage(defaultLanguage);
  }, [setLanguage]);

  const { warning } = useIdleReset({
    active: serving && (screen !== "attract" || language !== defaultLanguage),
    timeoutMs: idleTimeoutMs,
    warnBeforeMs: idleWarningMs,
    onIdle: reset,
  });

  return (
    <>
      <title>{`Marquee ${t("product")}`}</title>
      {!pairing.data && (
        <KioskFrame>
          <main className="grid flex-1 place-items-center">
            <Spinner className="size-12" label={t("pair.checking")} />
          </main>
        </KioskFrame>
      )}
      {pairing.data?.paired === false && <PairKioskScreen onPaired={() => setJustPaired(true)} />}
      {pairing.data?.paired && revoked && <OutOfServiceScreen />}
      {pairing.data?.paired && !revoked && justPaired && (
        <PairedScreen terminal={terminal.data} onStart={() => setJustPaired(false)} />
      )}
      {serving && screen === "attract" && (
        <AttractScreen onBuy={() => setScreen("buy")} onPickup={() => setScreen("pickup")} />
      )}
      {serving && screen === "buy" && (
        <NotYetScreen heading={t("buy.heading")} body={t("buy.body")} onBack={backToStart} />
      )}
      {serving && screen === "pickup" && (
        <NotYetScreen heading={t("pickup.heading")} body={t("pickup.body")} onBack={backToStart} />
      )}
      {serving && warning && <IdleWarning />}
    </>
  );
}
