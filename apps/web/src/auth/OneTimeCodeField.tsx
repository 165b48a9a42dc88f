import { TextField } from "@marquee/ui";
import type { Ref } from "react";

/**
 * A code from an authenticator app (six digits: a number pad on phones, and the browser may
 * offer the code itself) or, when `recovery`, a recovery code of letters and digits.
 */
export function OneTimeCodeField({
  label,
  hint,
  error,
  recovery = false,
  ref,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  recovery?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <TextField
      ref={ref}
      key={recovery ? "recovery" : "app"}
      label={label}
      hint={hint}
      error={error}
      name="code"
      required
      autoComplete="one-time-code"
      inputMode={recovery ? "text" : "numeric"}
      pattern={recovery ? undefined : "[0-9 ]*"}
      maxLength={recovery ? 32 : 7}
      spellCheck={false}
      autoCapitalize={recovery ? "characters" : "none"}
      className="[&_input]:font-mono [&_input]:text-xl [&_input]:tracking-[0.3em]"
    />
  );
}

/** The code as typed, spaces taken out (some apps show "123 456"). */
export const typedCode = (value: FormDataEntryValue | null) => String(value ?? "").replace(/\s+/g, "");

/** Whether a typed authenticator code has the right shape, before asking the API. */
export const isAppCode = (code: string) => /^\d{6}$/.test(code);
