import type { OidcProviderName } from "@marquee/contracts";
import { Alert, Button, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { rememberDestination } from "./destination.ts";
import { useAuthTranslation } from "./i18n/register.ts";
import { wrappingButtonClasses } from "./RelayLink.tsx";

/**
 * "Continue with Google" and the like, for each provider the API has configured (none: no
 * buttons). The provider sends the browser back to /auth/callback/<provider>.
 */
export function SocialSignIn({ destination }: { destination: string }) {
  const { t } = useAuthTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const providers = useQuery(trpc.auth.oidcProviders.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  const start = useMutation(
    trpc.auth.oidcStart.mutationOptions({
      onSuccess: ({ authorizationUrl }) => {
        rememberDestination(destination);
        window.location.assign(authorizationUrl);
      },
    }),
  );
  if (!providers.data?.length) return null;
  const starting = providers.data.find((option) => option.provider === start.variables?.provider);

  return (
    <div className="space-y-3">
      {start.error && starting && (
        <Alert tone="danger" title={t("social.failed", { provider: starting.name })}>
          {errorMessage(start.error)}
        </Alert>
      )}
      {providers.data.map(({ provider, name }) => (
        <Button
          key={provider}
          variant="secondary"
          size="lg"
          block
          className={wrappingButtonClasses}
          loading={start.isPending && start.variables?.provider === provider}
          disabled={start.isPending || start.isSuccess}
          onClick={() => start.mutate({ provider })}
          icon={<ProviderMark provider={provider} />}
        >
          {start.isSuccess && start.variables?.provider === provider
            ? t("social.redirecting", { provider: name })
            : t("social.continueWith", { provider: name })}
        </Button>
      ))}
    </div>
  );
}

/** The provider's own mark, as its brand guidelines ask for on sign-in buttons. */
function ProviderMark({ provider }: { provider: OidcProviderName }) {
  if (provider !== "google") return null;
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5">
      <path
        fill="#4285F4"
        d="M23.5 12.3c0-.8-.1-1.6-.2-2.3H12v4.4h6.5a5.6 5.6 0 0 1-2.4 3.6v3h3.9c2.2-2.1 3.5-5.1 3.5-8.7Z"
      />
      <path
        fill="#34A853"
        d="M12 24c3.2 0 6-1.1 8-2.9l-3.9-3c-1.1.7-2.5 1.2-4.1 1.2-3.1 0-5.8-2.1-6.7-5H1.3v3.1A12 12 0 0 0 12 24Z"
      />
      <path fill="#FBBC05" d="M5.3 14.3a7.2 7.2 0 0 1 0-4.6V6.6H1.3a12 12 0 0 0 0 10.8l4-3.1Z" />
      <path
        fill="#EA4335"
        d="M12 4.8c1.8 0 3.3.6 4.6 1.8l3.4-3.4A12 12 0 0 0 1.3 6.6l4 3.1c.9-2.9 3.6-4.9 6.7-4.9Z"
      />
    </svg>
  );
}
