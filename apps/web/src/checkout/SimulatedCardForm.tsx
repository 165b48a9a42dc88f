import type { Money as MoneyValue } from "@marquee/contracts";
import { Button, IconLock, TextField, useFormatMoney } from "@marquee/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { cardDigits, formatCardNumber, luhnValid, testCards } from "./card-number.ts";

/**
 * The test-mode card form for the simulated gateway: only its published test numbers do
 * anything, and nothing is charged. Clearly badged so nobody mistakes it for a real payment.
 */
export function SimulatedCardForm({
  total,
  pending,
  failures,
  onPay,
}: {
  total: MoneyValue | undefined;
  pending: boolean;
  /** Payments that failed so far: after each, the card field is ready for another number. */
  failures: number;
  onPay: (cardNumber: string) => void;
}) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const [number, setNumber] = useState("");
  const [invalid, setInvalid] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (failures > 0) fieldRef.current?.select();
  }, [failures]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const digits = cardDigits(number);
    if (!luhnValid(digits)) {
      setInvalid(true);
      fieldRef.current?.focus();
      return;
    }
    setInvalid(false);
    onPay(digits);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="payment-heading">
      <p className="mt-2 text-sm text-ink-600">{t("checkout.testModeBody")}</p>
      <TextField
        ref={fieldRef}
        className="mt-5"
        label={t("checkout.cardNumber")}
        name="cardNumber"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 5678 9012 3456"
        value={number}
        onChange={(event) => setNumber(formatCardNumber(event.target.value))}
        error={invalid ? t("checkout.cardInvalid") : null}
        required
      />
      <div className="mt-3">
        <p className="text-sm font-medium text-ink-700" id="test-cards-label">
          {t("checkout.testCards")}
        </p>
        <ul className="mt-1.5 flex flex-wrap gap-2" aria-labelledby="test-cards-label">
          {testCards.map((card) => (
            <li key={card.number}>
              <button
                type="button"
                onClick={() => {
                  setNumber(card.number);
                  setInvalid(false);
                }}
                className="rounded-lg bg-ink-100 px-2.5 py-1.5 text-left text-xs text-ink-800 ring-1 ring-ink-200 hover:bg-ink-200"
              >
                <span className="block font-mono font-semibold tabular-nums">{card.number}</span>
                <span className="block text-ink-600">{t(`checkout.cardOutcome.${card.outcome}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <Button
        type="submit"
        size="lg"
        block
        className="mt-6"
        loading={pending}
        disabled={!total}
        icon={<IconLock className="size-5" />}
      >
        {pending
          ? t("checkout.paying")
          : total
            ? t("checkout.pay", { amount: formatMoney(total) })
            : t("checkout.payNoAmount")}
      </Button>
      <p className="mt-3 text-center text-xs text-ink-600">{t("checkout.secure")}</p>
    </form>
  );
}
