import { Alert, Button, errorCodeOf, PasswordField, TextField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { AuthLayout } from "./AuthLayout.tsx";
import { useCompleteSignIn } from "./use-sign-in.ts";
import { checkEmail, checkRequired, type FieldProblem } from "./validate.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const completeSignIn = useCompleteSignIn();
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: completeSignIn }));

  const [problems, setProblems] = useState<{ email?: FieldProblem | null; password?: FieldProblem | null }>(
    {},
  );
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const found = { email: checkEmail(email), password: checkRequired(password) };
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate({ email, password });
  }

  const code = login.error ? errorCodeOf(login.error) : null;

  return (
    <AuthLayout title={t("auth.signIn.heading")} lede={t("auth.signIn.lede")}>
      <title>{`${t("auth.signIn.title")} · Marquee`}</title>
      <form noValidate onSubmit={submit} className="space-y-5">
        {login.error && (
          <Alert tone="danger" title={t("auth.signIn.failed")}>
            {errorMessage(login.error)}
          </Alert>
        )}
        <TextField
          ref={emailRef}
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          error={problems.email ? t(`common:validation.${problems.email}`) : null}
        />
        <PasswordField
          ref={passwordRef}
          label={t("auth.password")}
          name="password"
          autoComplete="current-password"
          required
          error={
            problems.password
              ? t("common:validation.required")
              : code === "INVALID_CREDENTIALS"
                ? t("auth.signIn.checkPassword")
                : null
          }
        />
        <Button type="submit" size="lg" block loading={login.isPending}>
          {login.isPending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
        </Button>
      </form>
      <p className="mt-8 border-t border-ink-200 pt-6 text-center text-ink-600">
        {t("auth.signIn.noAccount")}{" "}
        <Link
          to="/register"
          state={location.state}
          className="font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("auth.signIn.register")}
        </Link>
      </p>
    </AuthLayout>
  );
}
