import { Alert, Button, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { isLinkRefused, LinkProblem } from "./LinkProblem.tsx";
import { useLinkToken } from "./link-token.ts";
import { SignInNextStep } from "./SignInNextStep.tsx";
import { type NextSignInStep, nextSignInStepOf } from "./sign-in-steps.ts";
import { useCompleteSignIn } from "./use-sign-in.ts";

/**
 * Where a sign-in email's link lands (/sign-in/link#token=…). The link works once, so it is
 * used only when the person presses Continue: mail scanners that open links to check them
 * must not use it up (or get the session).
 */
export function MagicLinkPage() {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const token = useLinkToken();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const completion = useCompleteSignIn();
  const [step, setStep] = useState<NextSignInStep | null>(null);
  const signIn = useMutation(
    trpc.auth.signInWithLink.mutationOptions({
      onSuccess: completion.complete,
      onError: (error) => setStep(nextSignInStepOf(error)),
    }),
  );

  if (step) {
    // The link is used up: starting again means signing in afresh.
    const restart = () => navigate("/sign-in", { replace: true });
    return <SignInNextStep step={step} completion={completion} onRestart={restart} />;
  }

  const retry = { to: "/sign-in/email", label: t("linkSignIn.newLink") };
  return (
    <AuthLayout title={t("linkSignIn.heading")} lede={t("linkSignIn.lede")}>
      <title>{`${t("linkSignIn.title")} · Marquee`}</title>
      {!token ? (
        <LinkProblem error={null} title={t("linkSignIn.failed")} retry={retry} />
      ) : signIn.error && isLinkRefused(signIn.error) ? (
        <LinkProblem error={signIn.error} title={t("linkSignIn.failed")} retry={retry} />
      ) : (
        <div className="space-y-5">
          {signIn.error && (
            <Alert tone="danger" title={t("linkSignIn.failed")}>
              {errorMessage(signIn.error)}
            </Alert>
          )}
          <Button size="lg" block loading={signIn.isPending} onClick={() => signIn.mutate({ token })}>
            {signIn.isPending ? t("linkSignIn.signingIn") : t("linkSignIn.continue")}
          </Button>
        </div>
      )}
    </AuthLayout>
  );
}
