import { Button, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { IconTimer } from "../shell/icons.tsx";
import { remaining } from "./card-number.ts";

const WARN_MS = 2 * 60_000;

/**
 * The hold's countdown, with the one extension the API allows. Screen readers hear it at the
 * two-minute mark and when it runs out, not every second.
 */
export function HoldCountdown({
  holdId,
  expiresAt,
  canExtend,
  onExpired,
}: {
  holdId: string;
  expiresAt: Date;
  canExtend: boolean;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [now, setNow] = useState(() => Date.now());
  const left = remaining(expiresAt, now);
  const warning = left.ms <= WARN_MS;
  const extend = useMutation(
    trpc.inventory.extend.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.inventory.holdStatus.queryKey({ holdId }) }),
    }),
  );

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left.ms === 0) onExpired();
  }, [left.ms, onExpired]);

  return (
    <div
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-card px-4 py-3 ring-1 ${warning ? "bg-gold-100 ring-amber-600/30" : "bg-white ring-ink-200"}`}
    >
      <p className="flex items-center gap-2.5 text-ink-800">
        <IconTimer className={`size-5 ${warning ? "text-amber-700" : "text-brand-600"}`} />
        <span>{t("checkout.holdFor")}</span>
        <span
          role="timer"
          aria-live="off"
          className="text-lg font-bold text-ink-950 tabular-nums"
          data-testid="hold-countdown"
        >
          {left.label}
        </span>
      </p>
      <span className="sr-only" aria-live="polite">
        {warning && left.ms > 0 ? t("checkout.holdWarning") : ""}
      </span>
      {canExtend && (
        <Button
          size="sm"
          variant="secondary"
          className="ml-auto"
          loading={extend.isPending}
          onClick={() => extend.mutate({ holdId })}
        >
          {t("checkout.extend")}
        </Button>
      )}
      {extend.error && <p className="w-full text-sm text-red-700">{errorMessage(extend.error)}</p>}
    </div>
  );
}
