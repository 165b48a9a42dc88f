import { type InputHTMLAttributes, type ReactNode, type Ref, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { IconAlert, IconEye, IconEyeOff } from "./icons.tsx";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "size"> {
  label: string;
  /** Shown under the field and announced with it; marks the field invalid. */
  error?: string | null;
  hint?: ReactNode;
  /** Something inside the field's right edge, e.g. a show-password toggle. */
  trailing?: ReactNode;
  /** Larger field for touch screens. */
  touch?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  error,
  hint,
  trailing,
  touch = false,
  id,
  className = "",
  ...input
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={className}>
      <label htmlFor={inputId} className={`block font-medium text-ink-800 ${touch ? "text-lg" : "text-sm"}`}>
        {label}
      </label>
      <div className="relative mt-1.5">
        <input
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`block w-full rounded-control border border-ink-300 bg-white text-ink-950 shadow-xs transition-colors placeholder:text-ink-400 hover:border-ink-400 focus-visible:border-brand-600 aria-invalid:border-red-600 disabled:bg-ink-100 ${touch ? "h-16 px-5 text-xl" : "h-12 px-3.5 text-base"} ${trailing ? "pr-12" : ""}`}
          {...input}
        />
        {trailing && <div className="absolute inset-y-0 right-1 flex items-center">{trailing}</div>}
      </div>
      {error && (
        <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-red-700">
          <IconAlert className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      )}
      {hint && (
        <p id={hintId} className="mt-1.5 text-sm text-ink-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A password field with a show/hide toggle, so people can check what they typed. */
export function PasswordField(props: Omit<TextFieldProps, "type" | "trailing">) {
  const { t } = useTranslation("common");
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      spellCheck={false}
      autoCapitalize="none"
      trailing={
        <button
          type="button"
          onClick={() => setVisible((shown) => !shown)}
          aria-pressed={visible}
          aria-label={visible ? t("field.hidePassword") : t("field.showPassword")}
          className="grid size-10 place-items-center rounded-lg text-ink-500 hover:bg-ink-100 hover:text-ink-800"
        >
          {visible ? <IconEyeOff className="size-5" /> : <IconEye className="size-5" />}
        </button>
      }
    />
  );
}
