import { Alert, Button, errorCodeOf, PasswordField, TextField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { AuthLayout } from "./AuthLayout.tsx";
import { RelayLink, textLinkClasses } from "./RelayLink.tsx";
import { useCompleteSignIn } from "./use-sign-in.ts";
import {
  checkEmail,
  checkNewPassword,
  checkRequired,
  type FieldProblem,
  minimumPasswordLength,
} from "./validate.ts";

type Field = "name" | "email" | "password";

export function RegisterPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const completion = useCompleteSignIn();
  const register = useMutation(trpc.auth.register.mutationOptions({ onSuccess: completion.complete }));

  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem | null>>>({});
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? "").trim(),
      email: String(form.get("email") ?? "").trim(),
      password: String(form.get("password") ?? ""),
    };
    const found = {
      name: checkRequired(input.name),
      email: checkEmail(input.email),
      password: checkNewPassword(input.password),
    };
    setProblems(found);
    const firstProblem = (["name", "email", "password"] as const).find((field) => found[field]);
    if (firstProblem) return refs[firstProblem].current?.focus();
    register.mutate(input);
  }

  const code = register.error ? errorCodeOf(register.error) : null;
  const problemText = (problem: FieldProblem | null | undefined) =>
    problem ? t(`common:validation.${problem}`, { min: minimumPasswordLength }) : null;

  return (
    <AuthLayout title={t("auth.register.heading")} lede={t("auth.register.lede")}>
      <title>{`${t("auth.register.title")} · Marquee`}</title>
      <form noValidate onSubmit={submit} className="space-y-5">
        {register.error && (
          <Alert
            tone="danger"
            title={t("auth.register.failed")}
            action={
              code === "EMAIL_TAKEN" && (
                <Link
                  to="/sign-in"
                  state={location.state}
                  className="font-semibold text-red-900 underline underline-offset-4"
                >
                  {t("auth.register.signInInstead")}
                </Link>
              )
            }
          >
            {errorMessage(register.error)}
          </Alert>
        )}
        <TextField
          ref={refs.name}
          label={t("auth.register.name")}
          name="name"
          autoComplete="name"
          required
          maxLength={120}
          error={problemText(problems.name)}
        />
        <TextField
          ref={refs.email}
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          error={
            problemText(problems.email) ?? (code === "EMAIL_TAKEN" ? t("auth.register.emailTaken") : null)
          }
        />
        <PasswordField
          ref={refs.password}
          label={t("auth.password")}
          name="password"
          autoComplete="new-password"
          required
          minLength={minimumPasswordLength}
          maxLength={128}
          hint={t("auth.register.passwordHint", { min: minimumPasswordLength })}
          error={problemText(problems.password)}
        />
        <Button type="submit" size="lg" block loading={register.isPending}>
          {register.isPending ? t("auth.register.submitting") : t("auth.register.submit")}
        </Button>
      </form>
      <p className="mt-8 border-t border-ink-200 pt-6 text-center text-ink-600">
        {t("auth.register.haveAccount")}{" "}
        <RelayLink to="/sign-in" className={textLinkClasses}>
          {t("auth.register.signIn")}
        </RelayLink>
      </p>
    </AuthLayout>
  );
}
