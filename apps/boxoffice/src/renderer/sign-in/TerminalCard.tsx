import { IconPin, Spinner } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { useTerminal } from "../terminal/use-pairing.ts";

/** Which venue and counter this is, so nobody signs in at the wrong place. */
export function TerminalCard({ className = "" }: { className?: string }) {
  const { t } = useTranslation();
  const terminal = useTerminal();
  return (
    <div
      className={`flex items-center gap-3 rounded-card bg-white p-4 shadow-card ring-1 ring-ink-200 ${className}`}
    >
      <span className="grid size-11 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-200">
        <IconPin className="size-6" />
      </span>
      {terminal.data ? (
        <div className="min-w-0">
          <p className="truncate font-semibold text-ink-950">{terminal.data.venueName}</p>
          <p className="truncate text-sm text-ink-600">
            {t("signIn.terminalName", { terminal: terminal.data.name })}
          </p>
        </div>
      ) : (
        <span className="inline-flex items-center gap-2 text-sm text-ink-600">
          <Spinner className="size-4" />
          {t("terminal.checking")}
        </span>
      )}
    </div>
  );
}
