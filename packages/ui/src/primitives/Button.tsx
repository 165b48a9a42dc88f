import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Spinner } from "./Spinner.tsx";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "inverse";
/** `xl` is for touch screens: at least 80px tall. */
export type ButtonSize = "sm" | "md" | "lg" | "xl";

const base =
  "inline-flex items-center justify-center gap-2 font-semibold whitespace-nowrap select-none transition-[background-color,color,box-shadow,transform] duration-150 active:translate-y-px disabled:cursor-not-allowed disabled:opacity-55 disabled:active:translate-y-0 aria-busy:cursor-progress";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white shadow-sm hover:bg-brand-700 active:bg-brand-800",
  secondary:
    "bg-white text-ink-900 shadow-xs ring-1 ring-inset ring-ink-300 hover:bg-ink-100 active:bg-ink-200",
  ghost: "text-ink-800 hover:bg-ink-100 active:bg-ink-200",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800",
  inverse: "bg-white text-night-950 shadow-sm hover:bg-gold-100 active:bg-gold-200",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-9 rounded-lg px-3 text-sm",
  md: "h-11 rounded-control px-5 text-[0.95rem]",
  lg: "h-13 rounded-control px-6 text-base",
  xl: "min-h-20 rounded-card px-8 py-4 text-2xl",
};

/** The classes of a button, for links that should look like one. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  block = false,
  className = "",
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  className?: string;
} = {}): string {
  return [base, variants[variant], sizes[size], block ? "w-full" : "", className].filter(Boolean).join(" ");
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  /** Shows a spinner and blocks presses while an action runs. */
  loading?: boolean;
  icon?: ReactNode;
}

export function Button({
  variant,
  size,
  block,
  loading = false,
  icon,
  className,
  children,
  disabled,
  type = "button",
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClasses({ variant, size, block, className })}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading ? <Spinner className="size-[1.15em]" /> : icon}
      {children}
    </button>
  );
}
