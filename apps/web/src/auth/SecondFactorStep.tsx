import { Alert, Button, errorCodeOf, type Session, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { isAppCode, OneTimeCodeField, typedCode } from "./OneTimeCodeField.tsx";

/** The second step of signing in to an account with two-step verification: a code, then a session. */
export function SecondFactorStep({
  challengeToken,
  onSignedIn,
  onRestart,
}: {
  challengeToken: string;
  onSignedIn: (session: Session) => void;
  onRestart: () => void;
}) {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const verify = useMutation(
    trpc.auth.completeMfa.mutationOptions({
      onSuccess: onSignedIn,
      onError: () => {
        if (codeRef.current) codeRef.current.value = "";
        codeRef.current?.focus();
      },
    }),
  );
  // The challenge lasts minutes and works once: past that, only starting again helps.
  const expired = verify.error !== null && errorCodeOf(verify.error) === "SESSION_INVALID";

  useEffect(() => codeRef.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = typedCode(new FormData(event.currentTarget).get("code"));
    const found =
      code === ""
        ? t("common:validation.required")
        : !recovery && !isAppCode(code)
          ? t("code.sixDigits")
          : null;
    setProblem(found);
    if (found) return codeRef.current?.focus();
    verify.mutate({ challengeToken, code });
  }

  function switchMode() {
    setRecovery((now) => !now);
    setProblem(null);
    verify.reset();
    requestAnimationFrame(() => codeRef.current?.focus());
  }

  return (
    <AuthLayout title={t("code.heading")} lede={recovery ? t("code.ledeRecovery") : t("code.lede")}>
      <title>{`${t("code.title")} · Marquee`}</title>
      <form noValidate onSubmit={submit} className="space-y-5">
        {verify.error && (
          <Alert
            tone="danger"
            title={t("code.failed")}
            action={
              expired && (
                <Button variant="secondary" size="sm" onClick={onRestart}>
                  {t("code.startAgain")}
                </Button>
              )
            }
          >
            {errorMessage(verify.error)}
          </Alert>
        )}
        <OneTimeCodeField
          ref={codeRef}
          recovery={recovery}
          label={recovery ? t("code.recoveryLabel") : t("code.label")}
          hint={recovery ? t("code.recoveryHint") : undefined}
          error={problem}
        />
        <Button type="submit" size="lg" block loading={verify.isPending} disabled={expired}>
          {verify.isPending ? t("code.submitting") : t("code.submit")}
        </Button>
      </form>
      <div className="mt-6 flex flex-col items-start gap-1 border-t border-ink-200 pt-5">
        <button type="button" onClick={switchMode} className={linkButton}>
          {recovery ? t("code.useApp") : t("code.useRecovery")}
        </button>
        <button type="button" onClick={onRestart} className={linkButton}>
          {t("signIn.backToSignIn")}
        </button>
      </div>
    </AuthLayout>
  );
}

export const linkButton =
  "rounded-lg px-1 py-2 font-semibold text-brand-700 underline-offset-4 hover:underline focus-visible:underline";
