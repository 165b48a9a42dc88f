import { Alert, Button, errorCodeOf, PasswordField, TextField, useErrorMessage } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { PinField } from "./PinField.tsx";
import { isValidPin } from "./pin.ts";
import { setPinWithPassword } from "./set-pin.ts";

type Problem = "email" | "password" | "pin" | "repeat" | "otp";

/** Staff choose (or change) their counter PIN by confirming their account password. */
export function SetPinForm({ onDone, onCancel }: { onDone(email: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [pin, setPin] = useState("");
  const [repeat, setRepeat] = useState("");
  const [needsOtp, setNeedsOtp] = useState(false);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const save = useMutation({
    mutationFn: setPinWithPassword,
    onSuccess: (_result, input) => onDone(input.email),
    onError: (error) => {
      if (errorCodeOf(error) === "MFA_REQUIRED") setNeedsOtp(true);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const otp = String(form.get("otp") ?? "").replace(/\s/g, "");
    const found = new Set<Problem>();
    if (!email) found.add("email");
    if (!password) found.add("password");
    if (!isValidPin(pin)) found.add("pin");
    else if (repeat !== pin) found.add("repeat");
    if (needsOtp && !otp) found.add("otp");
    setProblems(found);
    if (found.size === 0) save.mutate({ email, password, pin, ...(needsOtp ? { otp } : {}) });
  }

  const code = save.error ? errorCodeOf(save.error) : null;
  const failure =
    !save.error || code === "MFA_REQUIRED"
      ? null
      : code === "PASSWORD_REJECTED"
        ? t("setPin.weakPin")
        : code === "MFA_ENROLMENT_REQUIRED"
          ? t("setPin.enrolFirst")
          : code === "FORBIDDEN"
            ? t("setPin.notStaff")
            : errorMessage(save.error);
  const required = t("common:validation.required");
  return (
    <form noValidate onSubmit={submit} className="mt-6 space-y-5">
      <p className="text-ink-600">{t("setPin.lede")}</p>
      {failure && (
        <Alert tone="danger" title={t("setPin.failed")}>
          {failure}
        </Alert>
      )}
      <TextField
        label={t("signIn.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        error={problems.has("email") ? required : null}
      />
      <PasswordField
        label={t("setPin.password")}
        name="password"
        autoComplete="current-password"
        required
        error={problems.has("password") ? required : null}
      />
      {needsOtp && (
        <TextField
          label={t("setPin.otp")}
          name="otp"
          inputMode="numeric"
          autoComplete="one-time-code"
          hint={t("setPin.otpHint")}
          error={problems.has("otp") ? required : null}
        />
      )}
      <PinField
        label={t("setPin.newPin")}
        value={pin}
        onChange={setPin}
        required
        hint={t("setPin.pinHint")}
        error={problems.has("pin") ? t("signIn.pinInvalid") : null}
      />
      <PinField
        label={t("setPin.repeatPin")}
        value={repeat}
        onChange={setRepeat}
        required
        error={problems.has("repeat") ? t("setPin.mismatch") : null}
      />
      <div className="flex flex-col-reverse gap-3 sm:flex-row">
        <Button variant="secondary" size="lg" onClick={onCancel} className="sm:flex-1">
          {t("setPin.cancel")}
        </Button>
        <Button type="submit" size="lg" loading={save.isPending} className="sm:flex-[2]">
          {t("setPin.submit")}
        </Button>
      </div>
    </form>
  );
}
