import { Alert, Button, errorCodeOf, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { IconCopy } from "../account/security/icons.tsx";
import { NumberedStep } from "../account/security/NumberedStep.tsx";
import { OtpauthQr } from "../account/security/OtpauthQr.tsx";
import { RecoveryCodes } from "../account/security/RecoveryCodes.tsx";
import { useCopy } from "../account/use-copy.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { isAppCode, OneTimeCodeField, typedCode } from "./OneTimeCodeField.tsx";
import { linkButton } from "./SecondFactorStep.tsx";
import { useOnce } from "./use-once.ts";
import type { SignInCompletion } from "./use-sign-in.ts";

/** Base32 in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Signing in to an account whose role requires two-step verification, before it has any:
 * set up an authenticator app with the enrolment token the sign-in answered with. The first
 * code switches it on and finishes the sign-in; the recovery codes are shown once, here.
 */
export function EnrolmentStep({
  enrolmentToken,
  completion,
  onRestart,
}: {
  enrolmentToken: string;
  completion: Pick<SignInCompletion, "keep" | "goOn">;
  onRestart: () => void;
}) {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [saved, setSaved] = useState<{ codes: string[]; email: string } | null>(null);
  const begin = useMutation(trpc.mfa.beginEnrolment.mutationOptions());
  const confirm = useMutation(
    trpc.mfa.confirmEnrolment.mutationOptions({
      onSuccess: ({ recoveryCodes, session }) => {
        if (session) completion.keep(session);
        setSaved({ codes: recoveryCodes, email: session?.user.email ?? "" });
      },
    }),
  );

  // Each start makes a new secret: the one shown must be the last one made.
  useOnce(() => begin.mutate({ enrolmentToken }));

  if (saved) {
    return (
      <AuthLayout title={t("enrol.heading")} lede={t("enrol.lede")}>
        <title>{`${t("enrol.title")} · Marquee`}</title>
        <Alert tone="success">{t("enrol.done")}</Alert>
        <RecoveryCodes codes={saved.codes} email={saved.email} onDone={completion.goOn} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t("enrol.heading")} lede={t("enrol.lede")}>
      <title>{`${t("enrol.title")} · Marquee`}</title>
      {begin.isPending && (
        <p className="flex items-center gap-3 text-ink-700" role="status">
          <Spinner className="size-5" />
          {t("enrol.preparing")}
        </p>
      )}
      {begin.error && (
        <Alert
          tone="danger"
          title={t("enrol.prepareFailed")}
          action={
            <Button variant="secondary" size="sm" onClick={onRestart}>
              {t("code.startAgain")}
            </Button>
          }
        >
          {errorMessage(begin.error)}
        </Alert>
      )}
      {begin.data && (
        <ol className="space-y-8">
          <li>
            <NumberedStep as="h2" number={1}>
              {t("enrol.scan")}
            </NumberedStep>
            <div className="mt-4 flex justify-center">
              <OtpauthQr uri={begin.data.otpauthUri} label={t("enrol.qrLabel")} />
            </div>
            <ManualKey secret={begin.data.secret} />
          </li>
          <li>
            <NumberedStep as="h2" number={2}>
              {t("enrol.enterCode")}
            </NumberedStep>
            <ConfirmCode
              pending={confirm.isPending}
              error={confirm.error}
              expired={confirm.error !== null && errorCodeOf(confirm.error) === "SESSION_INVALID"}
              onRestart={onRestart}
              onCode={(code) => confirm.mutate({ code, enrolmentToken })}
            />
          </li>
        </ol>
      )}
      <div className="mt-6 border-t border-ink-200 pt-5">
        <button type="button" onClick={onRestart} className={linkButton}>
          {t("signIn.backToSignIn")}
        </button>
      </div>
    </AuthLayout>
  );
}

function ManualKey({ secret }: { secret: string }) {
  const { t } = useAuthTranslation();
  const { state, copy } = useCopy();
  return (
    <div className="mt-4">
      <p className="text-sm text-ink-700">{t("enrol.manual")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          className="rounded-lg bg-white px-3 py-2 font-mono text-sm tracking-wider text-ink-950 ring-1 ring-ink-200"
          data-testid="otp-secret"
        >
          {grouped(secret)}
        </code>
        <Button variant="ghost" size="sm" onClick={() => copy(secret)} icon={<IconCopy className="size-4" />}>
          {state === "copied" ? t("enrol.keyCopied") : t("enrol.copyKey")}
        </Button>
      </div>
    </div>
  );
}

function ConfirmCode({
  pending,
  error,
  expired,
  onRestart,
  onCode,
}: {
  pending: boolean;
  error: unknown;
  expired: boolean;
  onRestart: () => void;
  onCode: (code: string) => void;
}) {
  const { t } = useAuthTranslation();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = typedCode(new FormData(event.currentTarget).get("code"));
    const found =
      code === "" ? t("common:validation.required") : isAppCode(code) ? null : t("code.sixDigits");
    setProblem(found);
    if (found) return codeRef.current?.focus();
    onCode(code);
  }

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-5">
      {error !== null && (
        <Alert
          tone="danger"
          title={t("enrol.failed")}
          action={
            expired && (
              <Button variant="secondary" size="sm" onClick={onRestart}>
                {t("code.startAgain")}
              </Button>
            )
          }
        >
          {errorMessage(error)}
        </Alert>
      )}
      <OneTimeCodeField ref={codeRef} label={t("enrol.code")} error={problem} />
      <Button type="submit" size="lg" block loading={pending} disabled={expired}>
        {pending ? t("enrol.submitting") : t("enrol.submit")}
      </Button>
    </form>
  );
}
