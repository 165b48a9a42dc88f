import { currencyExponent, type Money as MoneyValue, type Order } from "@marquee/contracts";
import { Alert, Button, errorCodeOf, Money, TextField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseCashAmount, quickTenders } from "./cash.ts";

/** Cash handed over, the change due, and the sale completed against the open shift. */
export function CashPayment({
  holdId,
  total,
  onPaid,
}: {
  holdId: string;
  total: MoneyValue;
  onPaid(order: Order): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const { currency } = total;
  const exponent = currencyExponent(currency);
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  // One key per hold: pressing again after a lost answer cannot take the money twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const checkout = useMutation(
    trpc.booking.checkout.mutationOptions({
      onSuccess: (order) => {
        void queryClient.invalidateQueries({ queryKey: trpc.shifts.current.queryKey() });
        onPaid(order);
      },
      onError: (error) => {
        if (errorCodeOf(error) === "SHIFT_NOT_OPEN")
          void queryClient.invalidateQueries({ queryKey: trpc.shifts.current.queryKey() });
      },
    }),
  );

  const tendered = parseCashAmount(text, currency);
  const enough = tendered !== null && tendered >= total.amountMinor;
  const problem = !tried
    ? null
    : tendered === null
      ? t("sale.amountInvalid")
      : enough
        ? null
        : t("sale.notEnough");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    if (tendered === null || !enough) return;
    checkout.mutate({ holdId, payment: { gateway: "cash", tenderedMinor: tendered }, idempotencyKey });
  }

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-4">
      <p className="flex items-baseline justify-between gap-3">
        <span className="text-ink-700">{t("sale.due")}</span>
        <Money value={total} className="text-3xl font-extrabold text-ink-950" />
      </p>
      <TextField
        label={t("sale.received", { currency })}
        value={text}
        onChange={(event) => setText(event.target.value)}
        inputMode={exponent > 0 ? "decimal" : "numeric"}
        autoComplete="off"
        error={problem}
        className="[&_input]:h-14 [&_input]:text-2xl [&_input]:font-semibold"
      />
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="sr-only">{t("sale.quickAmounts")}</legend>
        {quickTenders(total.amountMinor, currency).map((amount) => (
          <Button
            key={amount}
            variant="secondary"
            onClick={() => setText((amount / 10 ** exponent).toFixed(exponent))}
          >
            <Money value={{ amountMinor: amount, currency }} />
          </Button>
        ))}
      </fieldset>
      <p
        aria-live="polite"
        className="flex items-baseline justify-between gap-3 rounded-control bg-white px-4 py-3 ring-1 ring-ink-200"
      >
        <span className="font-semibold text-ink-700">{t("sale.change")}</span>
        <Money
          value={{ amountMinor: enough ? tendered - total.amountMinor : 0, currency }}
          className="text-2xl font-bold text-emerald-800"
        />
      </p>
      {checkout.error && <Alert tone="danger">{errorMessage(checkout.error)}</Alert>}
      <Button type="submit" size="lg" block loading={checkout.isPending}>
        {t("sale.takeCash")}
      </Button>
    </form>
  );
}
