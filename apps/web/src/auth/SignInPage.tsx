import {
  Alert,
  Button,
  buttonClasses,
  errorCodeOf,
  IconLink,
  PasswordField,
  TextField,
  useErrorMessage,
  useTRPC,
} from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useSessionEndedNotice } from "../app/session.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { destinationOf } from "./destination.ts";
import { useAuthTranslation } from "./i18n/register.ts";
import { RelayLink, textLinkClasses, wrappingButtonClasses } from "./RelayLink.tsx";
import { SignInNextStep } from "./SignInNextStep.tsx";
import { SocialSignIn } from "./SocialSignIn.tsx";
import { type NextSignInStep, nextSignInStepOf } from "./sign-in-steps.ts";
import { useCompleteSignIn } from "./use-sign-in.ts";
import { checkEmail, checkRequired, type FieldProblem } from "./validate.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const completion = useCompleteSignIn();
  const [step, setStep] = useState<NextSignInStep | null>(null);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: completion.complete,
      onError: (error) => setStep(nextSignInStepOf(error)),
    }),
  );

  if (step) {
    const restart = () => {
      setStep(null);
      login.reset();
    };
    return <SignInNextStep step={step} completion={completion} onRestart={restart} />;
  }

  return (
    <AuthLayout title={t("auth.signIn.heading")} lede={t("auth.signIn.lede")}>
      <title>{`${t("auth.signIn.title")} · Marquee`}</title>
      <PasswordSignIn
        pending={login.isPending}
        error={login.error}
        onSubmit={(credentials) => login.mutate(credentials)}
      />
      <OtherWaysIn />
      <p className="mt-8 border-t border-ink-200 pt-6 text-center text-ink-600">
        {t("auth.signIn.noAccount")}{" "}
        <RelayLink to="/register" className={textLinkClasses}>
          {t("auth.signIn.register")}
        </RelayLink>
      </p>
    </AuthLayout>
  );
}

function PasswordSignIn({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (credentials: { email: string; password: string }) => void;
}) {
  const { t } = useTranslation();
  const { t: tAuth } = useAuthTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const sessionEnded = useSessionEndedNotice();
  const [problems, setProblems] = useState<{ email?: FieldProblem | null; password?: FieldProblem | null }>(
    {},
  );
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // The steps after the password show their own errors.
  const shownError = error && !nextSignInStepOf(error) ? error : null;
  const code = shownError ? errorCodeOf(shownError) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const found = { email: checkEmail(email), password: checkRequired(password) };
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    onSubmit({ email, password });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {sessionEnded && !shownError && (
        <Alert tone="warning" title={tAuth("signIn.sessionEnded")}>
          {tAuth("signIn.sessionEndedBody")}
        </Alert>
      )}
      {shownError && (
        <Alert tone="danger" title={t("auth.signIn.failed")}>
          {errorMessage(shownError)}
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
      <div>
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
        <p className="mt-2 text-right">
          <Link
            to="/forgot-password"
            onClick={(event) => {
              // carry the email typed so far, so it needn't be typed again
              event.preventDefault();
              navigate("/forgot-password", {
                state: { ...(location.state as object | null), email: emailRef.current?.value.trim() },
              });
            }}
            className={`text-sm ${textLinkClasses}`}
          >
            {tAuth("signIn.forgotPassword")}
          </Link>
        </p>
      </div>
      <Button type="submit" size="lg" block loading={pending}>
        {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}

/** Signing in without the password: a provider, or a link by email. */
function OtherWaysIn() {
  const { t } = useAuthTranslation();
  const location = useLocation();
  return (
    <div className="mt-6 space-y-3">
      <p className="flex items-center gap-3 text-sm text-ink-500 before:h-px before:flex-1 before:bg-ink-200 after:h-px after:flex-1 after:bg-ink-200">
        {t("signIn.or")}
      </p>
      <SocialSignIn destination={destinationOf(location.state)} />
      <RelayLink
        to="/sign-in/email"
        className={buttonClasses({
          variant: "secondary",
          size: "lg",
          block: true,
          className: wrappingButtonClasses,
        })}
      >
        <IconLink className="size-5" />
        {t("signIn.emailLink")}
      </RelayLink>
    </div>
  );
}
