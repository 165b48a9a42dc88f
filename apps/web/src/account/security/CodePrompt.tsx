import { Alert, Button, TextField, useErrorMessage } from "@marquee/ui";
import { type FormEvent, useState } from "react";
import { useAccountTranslation } from "../i18n/register.ts";

/**
 * Asks for a code from the authenticator app (or, where allowed, a recovery code) before a
 * step that needs one: switching two-step verification on or off, or new recovery codes.
 */
export function CodePrompt({
  label,
  hint,
  submitLabel,
  digitsOnly = false,
  pending,
  error,
  danger = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  /** Only a 6-digit TOTP code will do (no recovery codes): a numeric keypad on phones. */
  digitsOnly?: boolean;
  pending: boolean;
  error: unknown;
  danger?: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useAccountTranslation();
  const errorMessage = useErrorMessage();
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    setMissing(trimmed.length === 0);
    if (trimmed) onSubmit(trimmed);
  }

  return (
    <form onSubmit={submit} noValidate className="grid max-w-sm gap-4">
      <TextField
        label={label}
        hint={hint}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="one-time-code"
        inputMode={digitsOnly ? "numeric" : "text"}
        maxLength={digitsOnly ? 6 : 32}
        spellCheck={false}
        autoCapitalize="characters"
        className="[&_input]:font-mono [&_input]:tracking-[0.2em]"
        error={missing ? t("common:validation.required") : null}
      />
      {error !== null && error !== undefined && <Alert tone="danger">{errorMessage(error)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={danger ? "danger" : "primary"} loading={pending}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          {t("common:actions.cancel")}
        </Button>
      </div>
    </form>
  );
}
