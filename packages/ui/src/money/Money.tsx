import { formatMoney, type Money as MoneyValue } from "@marquee/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** Formats money in the reader's language; the only way a UI should turn money into text. */
export function useFormatMoney(): (money: MoneyValue) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useCallback((money: MoneyValue) => formatMoney(money, locale), [locale]);
}

export function Money({ value, className }: { value: MoneyValue; className?: string }) {
  const format = useFormatMoney();
  return (
    <span className={className} data-currency={value.currency} translate="no">
      {format(value)}
    </span>
  );
}
