import { type OidcProviderName, oidcProviders } from "@marquee/contracts";
import { Alert, buttonClasses, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { AuthLayout } from "./AuthLayout.tsx";
import { forgetRememberedDestination, rememberedDestination } from "./destination.ts";
import { useAuthTranslation } from "./i18n/register.ts";
import { SignInNextStep } from "./SignInNextStep.tsx";
import { type NextSignInStep, nextSignInStepOf } from "./sign-in-steps.ts";
import { useOnce } from "./use-once.ts";
import { useCompleteSignIn } from "./use-sign-in.ts";

const isProvider = (value: string | undefined): value is OidcProviderName =>
  oidcProviders.some((provider) => provider === value);

/**
 * Where a social sign-in provider sends the browser back (/auth/callback/<provider>?code=…&state=…):
 * the API checks the whole URL against the sign-in this browser started, then signs in.
 */
export function OidcCallbackPage() {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { provider } = useParams();
  const [search] = useSearchParams();
  const [destination] = useState(rememberedDestination);
  const completion = useCompleteSignIn(destination);
  const [step, setStep] = useState<NextSignInStep | null>(null);
  const providers = useQuery(trpc.auth.oidcProviders.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  const finish = useMutation(
    trpc.auth.oidcFinish.mutationOptions({
      onSuccess: (session) => {
        forgetRememberedDestination();
        completion.complete(session);
      },
      onError: (error) => setStep(nextSignInStepOf(error)),
    }),
  );
  // The provider says why it sent the person back without signing them in (e.g. access_denied).
  const refusedThere = search.has("error");
  useOnce(() => {
    if (isProvider(provider) && !refusedThere) finish.mutate({ provider, callbackUrl: window.location.href });
  });

  if (step) {
    const restart = () => navigate("/sign-in", { replace: true, state: { from: destination } });
    return <SignInNextStep step={step} completion={completion} onRestart={restart} />;
  }

  const name = providers.data?.find((option) => option.provider === provider)?.name ?? provider ?? "";
  const problem = !isProvider(provider)
    ? t("oidc.unknownProvider")
    : refusedThere
      ? t("oidc.cancelled", { provider: name })
      : finish.error
        ? errorMessage(finish.error)
        : null;

  return (
    <AuthLayout title={t("oidc.heading")}>
      <title>{`${t("oidc.title")} · Marquee`}</title>
      {problem ? (
        <Alert
          tone="danger"
          title={t("oidc.failed", { provider: name })}
          action={
            <Link
              to="/sign-in"
              replace
              state={{ from: destination }}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("signIn.backToSignIn")}
            </Link>
          }
        >
          {problem}
        </Alert>
      ) : (
        <p className="flex items-center gap-3 text-ink-700" role="status">
          <Spinner className="size-5" />
          {t("oidc.working", { provider: name })}
        </p>
      )}
    </AuthLayout>
  );
}
