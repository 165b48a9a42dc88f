import { Alert, Button, errorCodeOf, TextField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { StaffLayout } from "../components/StaffLayout.tsx";
import { canWorkTheCounter, sessionStore } from "../session.ts";
import { PinField } from "./PinField.tsx";
import { PinPad } from "./PinPad.tsx";
import { isValidPin } from "./pin.ts";
import { SetPinForm } from "./SetPinForm.tsx";
import { TerminalCard } from "./TerminalCard.tsx";

/**
 * Staff sign in at a paired counter with email and PIN (`devices.signIn`): the PIN is worth
 * nothing without this terminal's credential, and the session works only here. The account
 * password is asked only to choose a PIN (see SetPinForm).
 */
export function SignInScreen({ justPaired }: { justPaired: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"pin" | "set-pin">("pin");
  const [pinWasSet, setPinWasSet] = useState<string | null>(null);

  return (
    <StaffLayout panelHeading={t("signIn.panelHeading")} panelBody={t("signIn.panelBody")}>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950">
        {mode === "pin" ? t("signIn.title") : t("setPin.title")}
      </h1>
      <TerminalCard className="mt-5" />
      {mode === "pin" ? (
        <>
          {justPaired && !pinWasSet && (
            <Alert tone="success" title={t("signIn.pairedTitle")} className="mt-5">
              {t("signIn.pairedBody")}
            </Alert>
          )}
          {pinWasSet && (
            <Alert tone="success" className="mt-5">
              {t("setPin.done")}
            </Alert>
          )}
          <PinSignInForm initialEmail={pinWasSet ?? ""} />
          <p className="mt-6 text-center text-sm text-ink-600">
            {t("signIn.noPin")}{" "}
            <button
              type="button"
              onClick={() => setMode("set-pin")}
              className="font-semibold text-brand-700 underline-offset-2 hover:underline"
            >
              {t("signIn.setPin")}
            </button>
          </p>
        </>
      ) : (
        <SetPinForm
          onDone={(email) => {
            setPinWasSet(email);
            setMode("pin");
          }}
          onCancel={() => setMode("pin")}
        />
      )}
    </StaffLayout>
  );
}

function PinSignInForm({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [pin, setPin] = useState("");
  const [notStaff, setNotStaff] = useState(false);
  const [problems, setProblems] = useState<{ email?: boolean; pin?: boolean }>({});
  const signIn = useMutation(
    trpc.devices.signIn.mutationOptions({
      onSuccess: (session) => {
        const allowed = canWorkTheCounter(session.user.role);
        setNotStaff(!allowed);
        if (allowed) sessionStore.set(session);
      },
      onError: () => setPin(""),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    const pinOk = isValidPin(pin);
    setProblems({ email: !email, pin: !pinOk });
    setNotStaff(false);
    if (email && pinOk) signIn.mutate({ email, pin });
  }

  const failure = signIn.error
    ? errorCodeOf(signIn.error) === "INVALID_CREDENTIALS"
      ? t("signIn.wrongPin")
      : errorMessage(signIn.error)
    : null;
  return (
    <form noValidate onSubmit={submit} className="mt-6 space-y-5">
      {failure && (
        <Alert tone="danger" title={t("signIn.failed")}>
          {failure}
        </Alert>
      )}
      {notStaff && (
        <Alert tone="danger" title={t("signIn.failed")}>
          {t("signIn.notStaff")}
        </Alert>
      )}
      <TextField
        label={t("signIn.email")}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={initialEmail}
        required
        error={problems.email ? t("common:validation.required") : null}
      />
      <PinField
        label={t("signIn.pin")}
        value={pin}
        onChange={setPin}
        required
        hint={t("signIn.pinHint")}
        error={problems.pin ? t("signIn.pinInvalid") : null}
      />
      <PinPad
        disabled={signIn.isPending}
        onDigit={(digit) => setPin((current) => (current.length < 8 ? current + digit : current))}
        onErase={() => setPin((current) => current.slice(0, -1))}
        onClear={() => setPin("")}
      />
      <Button type="submit" size="lg" block loading={signIn.isPending}>
        {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
