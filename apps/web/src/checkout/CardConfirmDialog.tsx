import type { Money as MoneyValue } from "@marquee/contracts";
import { Button, Money } from "@marquee/ui";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The card issuer's confirmation step (3-D Secure), as the simulated gateway plays it. */
export function CardConfirmDialog({
  total,
  pending,
  onAnswer,
}: {
  total: MoneyValue;
  pending: boolean;
  onAnswer: (approve: boolean) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-card-heading"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-card p-0 shadow-pop backdrop:bg-night-950/60"
    >
      <div className="p-6">
        <p className="text-xs font-bold tracking-wide text-ink-600 uppercase">{t("checkout.confirm.bank")}</p>
        <h2 id="confirm-card-heading" className="mt-2 text-xl font-bold text-ink-950">
          {t("checkout.confirm.heading")}
        </h2>
        <p className="mt-2 text-ink-700">
          {t("checkout.confirm.body")} <Money value={total} className="font-semibold text-ink-950" />
        </p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onAnswer(false)} disabled={pending}>
            {t("checkout.confirm.decline")}
          </Button>
          <Button onClick={() => onAnswer(true)} loading={pending}>
            {t("checkout.confirm.approve")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
