import { Alert, Button } from "@marquee/ui";
import { useTranslation } from "react-i18next";

/** Shown when a page fails to render or its code fails to load (e.g. after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20">
      <h1 className="text-3xl font-bold tracking-tight text-ink-950">{t("routeError.heading")}</h1>
      <Alert
        tone="danger"
        className="mt-6"
        action={<Button onClick={() => window.location.reload()}>{t("routeError.reload")}</Button>}
      >
        {t("routeError.body")}
      </Alert>
    </main>
  );
}
