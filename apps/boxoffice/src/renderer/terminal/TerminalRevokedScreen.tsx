import { Alert, Button, useErrorMessage } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { StaffLayout } from "../components/StaffLayout.tsx";
import { useUnpairTerminal } from "./use-pairing.ts";

/**
 * The credential stored here no longer opens anything: an organizer revoked the terminal. It
 * can only be forgotten, so the counter can be paired again with a new code.
 */
export function TerminalRevokedScreen() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const forget = useUnpairTerminal();
  return (
    <StaffLayout panelHeading={t("pair.panelHeading")} panelBody={t("pair.panelBody")}>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950">{t("revoked.title")}</h1>
      <p className="mt-3 text-ink-600">{t("revoked.body")}</p>
      {forget.error && (
        <Alert tone="danger" className="mt-6">
          {errorMessage(forget.error)}
        </Alert>
      )}
      <Button
        size="lg"
        block
        className="mt-8"
        loading={forget.isPending}
        onClick={() => forget.mutate({ terminalId: null })}
      >
        {t("revoked.pairAgain")}
      </Button>
    </StaffLayout>
  );
}
