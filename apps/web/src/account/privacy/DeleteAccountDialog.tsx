import { PASSWORD_MAX_LENGTH } from "@marquee/contracts";
import { Alert, Button, errorCodeOf, PasswordField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ModalDialog } from "../../orders/ModalDialog.tsx";
import { useAccountTranslation } from "../i18n/register.ts";

/**
 * The last step before erasure: what goes, what the law keeps, and the password (or ERASE for
 * accounts that sign in without one) that `account.erase` requires as confirmation.
 */
export function DeleteAccountDialog({ onClose, onErased }: { onClose: () => void; onErased: () => void }) {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [confirmation, setConfirmation] = useState("");
  const [missing, setMissing] = useState(false);
  const erase = useMutation(trpc.account.erase.mutationOptions({ onSuccess: onErased }));
  const wrongConfirmation = erase.isError && errorCodeOf(erase.error) === "INVALID_CREDENTIALS";

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(confirmation.length === 0);
    if (confirmation) erase.mutate({ confirmation });
  }

  const fieldError = missing
    ? t("common:validation.required")
    : wrongConfirmation
      ? t("erase.wrongConfirmation")
      : null;

  return (
    <ModalDialog labelledBy="erase-heading" onDismiss={() => !erase.isPending && onClose()}>
      <h2 id="erase-heading" className="text-xl font-bold text-ink-950">
        {t("erase.dialogHeading")}
      </h2>
      <p className="mt-2 text-ink-700">{t("erase.dialogBody")}</p>
      <p className="mt-2 text-sm text-ink-600">{t("erase.kept")}</p>
      <form onSubmit={submit} noValidate className="mt-5">
        <PasswordField
          label={t("erase.confirmLabel")}
          hint={t("erase.confirmHint")}
          autoComplete="current-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={fieldError}
        />
        {erase.isError && !wrongConfirmation && (
          <Alert tone="danger" className="mt-4">
            {errorMessage(erase.error)}
          </Alert>
        )}
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} disabled={erase.isPending}>
            {t("erase.keep")}
          </Button>
          <Button type="submit" variant="danger" loading={erase.isPending}>
            {t("erase.confirm")}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
