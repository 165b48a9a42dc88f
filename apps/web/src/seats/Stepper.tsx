import { useId } from "react";
import { IconMinus, IconPlus } from "./icons.tsx";

/** A small whole-number input with − and + buttons, big enough for a thumb. */
export function Stepper({
  label,
  value,
  min,
  max,
  onChange,
  fewerLabel,
  moreLabel,
  disabled = false,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  fewerLabel: string;
  moreLabel: string;
  disabled?: boolean;
}) {
  const id = useId();
  const button =
    "grid size-11 place-items-center rounded-control text-xl text-ink-800 transition-colors hover:bg-ink-100 active:bg-ink-200 disabled:cursor-not-allowed disabled:text-ink-300 disabled:hover:bg-transparent";
  return (
    <fieldset className="flex items-center justify-between gap-3">
      <legend className="sr-only">{label}</legend>
      <span id={`${id}-label`} aria-hidden="true" className="text-sm font-medium text-ink-700">
        {label}
      </span>
      <div className="flex items-center rounded-control bg-white ring-1 ring-ink-300 ring-inset">
        <button
          type="button"
          className={button}
          aria-label={fewerLabel}
          disabled={disabled || value <= min}
          onClick={() => onChange(Math.max(min, value - 1))}
        >
          <IconMinus />
        </button>
        <output
          aria-live="polite"
          aria-labelledby={`${id}-label`}
          className="w-8 text-center text-lg font-bold text-ink-950 tabular-nums"
        >
          {value}
        </output>
        <button
          type="button"
          className={button}
          aria-label={moreLabel}
          disabled={disabled || value >= max}
          onClick={() => onChange(Math.min(max, value + 1))}
        >
          <IconPlus />
        </button>
      </div>
    </fieldset>
  );
}
