import { useNow } from "@marquee/ui";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** How long the held seats stay this customer's, to the second; says so when the time is up. */
export function HeldFor({ expiresAt, onExpired }: { expiresAt: Date; onExpired(): void }) {
  const { t } = useTranslation();
  const now = useNow(1_000);
  const seconds = Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 1_000));
  useEffect(() => {
    if (seconds === 0) onExpired();
  }, [seconds, onExpired]);
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <p className={`text-sm ${seconds < 120 ? "font-semibold text-amber-800" : "text-ink-600"}`}>
      {t("sale.heldFor")}{" "}
      <span role="timer" aria-live="off" className="font-bold text-ink-950 tabular-nums">
        {label}
      </span>
    </p>
  );
}
