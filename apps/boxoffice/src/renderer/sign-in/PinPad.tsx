import { useTranslation } from "react-i18next";

const digits = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;
const key =
  "h-14 rounded-control bg-white text-2xl font-semibold text-ink-900 shadow-xs ring-1 ring-inset ring-ink-300 transition-colors hover:bg-ink-100 active:bg-ink-200 disabled:opacity-55";

/** Large keys for a touch screen at the counter; the PIN field takes a physical keyboard too. */
export function PinPad({
  onDigit,
  onErase,
  onClear,
  disabled = false,
}: {
  onDigit(digit: string): void;
  onErase(): void;
  onClear(): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="grid grid-cols-3 gap-2">
      <legend className="sr-only">{t("signIn.keypad")}</legend>
      {digits.map((digit) => (
        <button key={digit} type="button" className={key} disabled={disabled} onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className={`${key} text-base`} disabled={disabled} onClick={onClear}>
        {t("signIn.clearPin")}
      </button>
      <button type="button" className={key} disabled={disabled} onClick={() => onDigit("0")}>
        0
      </button>
      <button
        type="button"
        className={`${key} text-base`}
        disabled={disabled}
        onClick={onErase}
        aria-label={t("signIn.erasePin")}
      >
        ⌫
      </button>
    </fieldset>
  );
}
