import type { UserRole } from "@marquee/contracts";
import { Alert, Button, Spinner, useErrorMessage } from "@marquee/ui";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { TerminalStatus } from "../components/TerminalStatus.tsx";
import { usePairing, useTerminal, useUnpairTerminal } from "./use-pairing.ts";

/** Only organizers and admins retire a counter; a cashier could otherwise take it out of service. */
const mayUnpair = (role: UserRole) => role === "organizer" || role === "admin";

/** This counter: its name, venue and pairing date, and (for organizers) unpairing it. */
export function TerminalPanel({ role }: { role: UserRole }) {
  const { t, i18n } = useTranslation();
  const pairing = usePairing();
  const terminal = useTerminal();
  const pairedAt = pairing.data?.paired && pairing.data.pairedAt ? new Date(pairing.data.pairedAt) : null;
  return (
    <section
      aria-labelledby="terminal-heading"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 lg:p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="terminal-heading" className="text-lg font-bold text-ink-950">
          {t("terminal.label")}
        </h2>
        <TerminalStatus compact />
      </div>
      {terminal.data ? (
        <dl className="mt-4 space-y-1.5 text-sm">
          <div className="flex justify-between gap-3">
            <dt className="text-ink-600">{t("terminal.name")}</dt>
            <dd className="text-right font-semibold text-ink-900">{terminal.data.name}</dd>
          </div>
          <div className="flex justify-between gap-3">
            <dt className="text-ink-600">{t("terminal.venue")}</dt>
            <dd className="text-right font-semibold text-ink-900">{terminal.data.venueName}</dd>
          </div>
          {pairedAt && (
            <div className="flex justify-between gap-3">
              <dt className="text-ink-600">{t("terminal.pairedOn")}</dt>
              <dd className="text-right text-ink-900">
                {new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: "medium" }).format(pairedAt)}
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <Spinner className="mt-4 size-5" />
      )}
      {mayUnpair(role) && terminal.data && <UnpairTerminal terminalId={terminal.data.terminalId} />}
    </section>
  );
}

function UnpairTerminal({ terminalId }: { terminalId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const unpair = useUnpairTerminal();
  return (
    <>
      <Button variant="secondary" size="sm" className="mt-4" onClick={() => dialog.current?.showModal()}>
        {t("terminal.unpair")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="unpair-heading"
        aria-describedby="unpair-body"
        className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-card bg-white p-6 text-ink-900 shadow-pop backdrop:bg-night-950/60"
      >
        <h2 id="unpair-heading" className="text-xl font-bold text-ink-950">
          {t("terminal.unpairTitle")}
        </h2>
        <p id="unpair-body" className="mt-2 text-ink-600">
          {t("terminal.unpairBody")}
        </p>
        {unpair.error && (
          <Alert tone="danger" className="mt-4">
            {errorMessage(unpair.error)}
          </Alert>
        )}
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t("terminal.keepPaired")}
          </Button>
          <Button variant="danger" loading={unpair.isPending} onClick={() => unpair.mutate({ terminalId })}>
            {t("terminal.unpairConfirm")}
          </Button>
        </div>
      </dialog>
    </>
  );
}
