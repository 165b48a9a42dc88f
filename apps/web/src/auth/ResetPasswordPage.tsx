import {
  Alert,
  Button,
  buttonClasses,
  IconCheck,
  PasswordField,
  useErrorMessage,
  useTRPC,
} from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useAccountTranslation } from "../account/i18n/register.ts";
import { passwordChangeProblems } from "../account/security/password-problem.ts";
import { sessionStore, signOut } from "../app/session.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { isLinkRefused, LinkProblem } from "./LinkProblem.tsx";
import { useLinkToken } from "./link-token.ts";
import { ResultPanel } from "./ResultPanel.tsx";
import { checkNewPassword, type FieldProblem, minimumPasswordLength } from "./validate.ts";

/** Where a password-reset email's link lands (/reset-password#token=…): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const token = useLinkToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async () => {
        // The used link leaves the address bar; every session of the account has ended.
        navigate(pathname, { replace: true });
        if (sessionStore.get()) await signOut();
      },
    }),
  );
  const retry = { to: "/forgot-password", label: t("reset.newLink") };

  return (
    <AuthLayout title={t("reset.heading")} lede={reset.isSuccess ? undefined : t("reset.lede")}>
      <title>{`${t("reset.title")} · Marquee`}</title>
      {reset.isSuccess ? (
        <PasswordChanged />
      ) : !token ? (
        <LinkProblem error={null} title={t("reset.failed")} retry={retry} />
      ) : reset.error && isLinkRefused(reset.error) ? (
        <LinkProblem error={reset.error} title={t("reset.failed")} retry={retry} />
      ) : (
        <NewPasswordForm
          pending={reset.isPending}
          error={reset.error}
          onSubmit={(password) => reset.mutate({ token, password })}
        />
      )}
    </AuthLayout>
  );
}

function NewPasswordForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  const { t: tAuth } = useAuthTranslation();
  const { t: tAccount } = useAccountTranslation();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // A password the API refused (breached, repetitive, built from the account's own details).
  const refused = error ? passwordChangeProblems(error)?.next : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    const found = checkNewPassword(password);
    setProblem(found);
    if (found) return passwordRef.current?.focus();
    onSubmit(password);
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {error !== null && !refused && (
        <Alert tone="danger" title={tAuth("reset.failed")}>
          {errorMessage(error)}
        </Alert>
      )}
      <PasswordField
        ref={passwordRef}
        label={tAuth("reset.password")}
        name="password"
        autoComplete="new-password"
        required
        minLength={minimumPasswordLength}
        maxLength={128}
        hint={tAuth("reset.hint", { min: minimumPasswordLength })}
        error={
          problem
            ? t(`common:validation.${problem}`, { min: minimumPasswordLength })
            : refused
              ? tAccount(refused.key, refused.values ?? {})
              : null
        }
      />
      <Button type="submit" size="lg" block loading={pending}>
        {pending ? tAuth("reset.submitting") : tAuth("reset.submit")}
      </Button>
    </form>
  );
}

function PasswordChanged() {
  const { t } = useAuthTranslation();
  return (
    <ResultPanel
      icon={<IconCheck className="size-6" />}
      tone="success"
      heading={t("reset.doneHeading")}
      testId="password-changed"
    >
      <p className="mt-2 text-ink-700">{t("reset.doneBody")}</p>
      <Link to="/sign-in" replace className={buttonClasses({ size: "lg", block: true, className: "mt-6" })}>
        {t("reset.signIn")}
      </Link>
    </ResultPanel>
  );
}
