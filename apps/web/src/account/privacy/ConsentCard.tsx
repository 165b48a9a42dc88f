import { type ConsentChannel, consentChannels } from "@marquee/contracts";
import { Alert, IconInfo, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";

/**
 * Marketing consent per channel: these are the notification preferences. Messages about the
 * buyer's own bookings are not marketing and always go out, which the card says.
 */
export function ConsentCard({ email }: { email: string }) {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const consents = useQuery(trpc.account.consents.queryOptions());
  const setConsent = useMutation(
    trpc.account.setConsent.mutationOptions({
      onSuccess: (current) => queryClient.setQueryData(trpc.account.consents.queryKey(), current),
    }),
  );

  return (
    <AccountCard title={t("consent.heading")} lede={t("consent.lede")}>
      {consents.isPending && (
        <Spinner label={t("common:status.loading")} className="mt-4 size-6 text-brand-600" />
      )}
      {consents.isError && (
        <Alert tone="danger" className="mt-4">
          {errorMessage(consents.error)}
        </Alert>
      )}
      {consents.data && (
        <ul className="mt-4 divide-y divide-ink-200 rounded-control ring-1 ring-ink-200">
          {consentChannels.map((channel) => {
            const state = consents.data.find((consent) => consent.channel === channel);
            return (
              <ChannelSwitch
                key={channel}
                channel={channel}
                hint={t(`consent.hint.${channel}`, { email })}
                granted={state?.granted ?? false}
                onChange={(granted, settled) =>
                  setConsent.mutate({ channel, granted }, { onSettled: settled })
                }
              />
            );
          })}
        </ul>
      )}
      {setConsent.isError && (
        <Alert tone="danger" className="mt-3">
          {errorMessage(setConsent.error)}
        </Alert>
      )}
      <p className="mt-4 flex gap-2 text-sm text-ink-700">
        <IconInfo className="mt-0.5 size-4 shrink-0 text-night-600" />
        <span>{t("consent.always")}</span>
      </p>
    </AccountCard>
  );
}

function ChannelSwitch({
  channel,
  hint,
  granted,
  onChange,
}: {
  channel: ConsentChannel;
  hint: string;
  granted: boolean;
  /** Asks the API; `settled` is called once it has answered, either way. */
  onChange: (granted: boolean, settled: () => void) => void;
}) {
  const { t } = useAccountTranslation();
  const id = useId();
  // The switch moves at once; once the API answers, the stored choice shows again (moved back on failure).
  const [wanted, setWanted] = useState<boolean | null>(null);
  const shown = wanted ?? granted;
  return (
    <li className="flex items-center gap-4 px-4 py-3.5">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="font-semibold text-ink-950">
          {t(`consent.channel.${channel}`)}
        </label>
        <p id={`${id}-hint`} className="text-sm break-words text-ink-600">
          {hint}
        </p>
      </div>
      <span className="relative inline-flex shrink-0">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={shown}
          aria-checked={shown}
          aria-busy={wanted !== null}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const next = event.target.checked;
            setWanted(next);
            onChange(next, () => setWanted(null));
          }}
          className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-full aria-busy:cursor-progress"
        />
        <span
          aria-hidden="true"
          className="h-7 w-12 rounded-full bg-ink-300 transition-colors peer-checked:bg-brand-600"
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1 left-1 size-5 rounded-full bg-white shadow-sm transition-transform peer-checked:translate-x-5"
        />
      </span>
    </li>
  );
}
