import { IconLink, Spinner } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { usePairing, useTerminal } from "../terminal/use-pairing.ts";

/** A pill saying whether this counter is paired, and with which venue as what terminal. */
export function TerminalStatus({
  tone = "light",
  compact = false,
}: {
  tone?: "light" | "dark";
  /** Only paired or not, where the terminal's name and venue are shown beside it anyway. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const pairing = usePairing();
  const terminal = useTerminal();
  if (!pairing.data) {
    return (
      <span className="inline-flex items-center gap-2 text-sm">
        <Spinner className="size-4" />
        {t("terminal.checking")}
      </span>
    );
  }
  const paired = pairing.data.paired && !terminal.isError;
  const palette = paired
    ? tone === "dark"
      ? "bg-emerald-400/15 text-emerald-200 ring-emerald-300/30"
      : "bg-emerald-50 text-emerald-800 ring-emerald-700/20"
    : tone === "dark"
      ? "bg-gold-300/15 text-gold-200 ring-gold-300/30"
      : "bg-gold-100 text-amber-900 ring-amber-700/25";
  return (
    <span
      className={`inline-flex max-w-full items-center gap-2 rounded-full py-1 pr-3 pl-2 text-sm font-semibold ring-1 ring-inset ${palette}`}
    >
      <IconLink className="size-4 shrink-0" />
      <span className="truncate">
        {compact
          ? paired
            ? t("terminal.paired")
            : t("terminal.notPaired")
          : paired && terminal.data
            ? t("terminal.pairedAs", { terminal: terminal.data.name, venue: terminal.data.venueName })
            : `${t("terminal.label")}: ${paired ? t("terminal.paired") : t("terminal.notPaired")}`}
      </span>
    </span>
  );
}
