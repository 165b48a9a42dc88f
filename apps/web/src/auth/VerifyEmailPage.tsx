import { Alert, Button, buttonClasses, IconCheck, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation, useNavigate } from "react-router";
import { useWebSession } from "../app/session.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { isLinkRefused } from "./LinkProblem.tsx";
import { linkLifetimes } from "./link-lifetimes.ts";
import { useLinkToken } from "./link-token.ts";
import { ResultPanel } from "./ResultPanel.tsx";
import { useOnce } from "./use-once.ts";

/**
 * Where a confirmation email's link lands (/verify-email#token=…). Opening it is the
 * confirmation, so it runs at once; a link that does not work offers a fresh one.
 */
export function VerifyEmailPage() {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const token = useLinkToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const errorMessage = useErrorMessage();
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      onSuccess: () => {
        navigate(pathname, { replace: true });
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );
  useOnce(() => {
    if (token) verify.mutate({ token });
  });
  const checking = token !== null && (verify.isIdle || verify.isPending);

  return (
    <AuthLayout title={t("verify.heading")} lede={verify.isSuccess ? undefined : t("verify.lede")}>
      <title>{`${t("verify.title")} · Marquee`}</title>
      {verify.isSuccess ? (
        <ResultPanel
          icon={<IconCheck className="size-6" />}
          tone="success"
          heading={t("verify.doneHeading")}
          testId="email-confirmed"
        >
          <p className="mt-2 text-ink-700">{t("verify.doneBody")}</p>
          <Link to="/" replace className={buttonClasses({ size: "lg", block: true, className: "mt-6" })}>
            {t("verify.continue")}
          </Link>
        </ResultPanel>
      ) : checking ? (
        <p className="flex items-center gap-3 text-ink-700" role="status">
          <Spinner className="size-5" />
          {t("verify.verifying")}
        </p>
      ) : (
        <div className="space-y-6">
          {token === null ? (
            <Alert tone="warning" title={t("emailLink.incomplete")}>
              {t("emailLink.incompleteBody")}
            </Alert>
          ) : (
            <Alert
              tone="danger"
              title={t("verify.failed")}
              action={
                !isLinkRefused(verify.error) && (
                  <Button variant="secondary" size="sm" onClick={() => verify.mutate({ token })}>
                    {t("common:actions.retry")}
                  </Button>
                )
              }
            >
              {errorMessage(verify.error)}
            </Alert>
          )}
          <NewConfirmationLink />
        </div>
      )}
    </AuthLayout>
  );
}

/** A fresh confirmation link for the signed-in person, or the way to sign in for one. */
function NewConfirmationLink() {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const session = useWebSession();
  const errorMessage = useErrorMessage();
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());

  if (!session) {
    return (
      <div>
        <p className="text-ink-700">{t("verify.signInToResend")}</p>
        <Link
          to="/sign-in"
          state={{ from: "/verify-email" }}
          className={buttonClasses({ variant: "secondary", className: "mt-3" })}
        >
          {t("common:actions.signIn")}
        </Link>
      </div>
    );
  }
  const { email, emailVerified } = session.user;
  if (emailVerified) return <Alert tone="success">{t("verify.alreadyVerified")}</Alert>;
  if (resend.isSuccess)
    return (
      <Alert tone="success">{t("verify.resent", { email, hours: linkLifetimes.verifyEmailHours })}</Alert>
    );
  return (
    <div className="space-y-3">
      {resend.error && (
        <Alert tone="danger" title={t("verify.resendFailed")}>
          {errorMessage(resend.error)}
        </Alert>
      )}
      <p className="text-ink-700">{t("verify.resendLede", { email })}</p>
      <Button variant="secondary" loading={resend.isPending} onClick={() => resend.mutate()}>
        {resend.isPending ? t("emailLink.submitting") : t("verify.resend")}
      </Button>
    </div>
  );
}
