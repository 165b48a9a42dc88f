import { Alert, Button, Spinner, useErrorMessage, useNow, useTRPC } from "@marquee/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { signOutEverywhere } from "../../app/session.ts";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";
import { describeUserAgent } from "./device-name.ts";
import { IconLaptop, IconPhone, IconTerminal } from "./icons.tsx";
import { timeAgo } from "./last-active.ts";

/** What a row shows of one session (account.sessions). */
interface SessionSummary {
  id: string;
  current: boolean;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  ip: string | null;
  terminalId: string | null;
}

/** Every device signed in to this account, each with a way to sign it out, and all of them at once. */
export function SessionsCard({ onSignedOutEverywhere }: { onSignedOutEverywhere: () => void }) {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const now = useNow(60_000);
  const revoke = useMutation(
    trpc.account.revokeSession.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() }),
    }),
  );
  const everywhere = useMutation({ mutationFn: signOutEverywhere, onSuccess: onSignedOutEverywhere });
  // This device first, then the most recently used.
  const ordered = [...(sessions.data ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.getTime() - a.lastUsedAt.getTime(),
  );

  return (
    <AccountCard title={t("sessions.heading")} lede={t("sessions.lede")}>
      {sessions.isPending && (
        <Spinner label={t("common:status.loading")} className="mt-4 size-6 text-brand-600" />
      )}
      {sessions.isError && (
        <Alert tone="danger" className="mt-4" title={t("sessions.loadFailed")}>
          {errorMessage(sessions.error)}
        </Alert>
      )}
      {revoke.isError && (
        <Alert tone="danger" className="mt-4">
          {errorMessage(revoke.error)}
        </Alert>
      )}
      <ul className="mt-4 divide-y divide-ink-200" aria-label={t("sessions.heading")}>
        {ordered.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            now={now}
            revoking={revoke.isPending && revoke.variables?.sessionId === session.id}
            onRevoke={() => revoke.mutate({ sessionId: session.id })}
          />
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3 border-t border-ink-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p id="everywhere-hint" className="max-w-prose text-sm text-ink-600">
          {t("sessions.everywhereHint")}
        </p>
        <Button
          variant="secondary"
          className="shrink-0"
          aria-describedby="everywhere-hint"
          loading={everywhere.isPending}
          onClick={() => everywhere.mutate()}
        >
          {t("sessions.everywhere")}
        </Button>
      </div>
      {everywhere.isError && (
        <Alert tone="danger" className="mt-3">
          {errorMessage(everywhere.error)}
        </Alert>
      )}
    </AccountCard>
  );
}

function SessionRow({
  session,
  now,
  revoking,
  onRevoke,
}: {
  session: SessionSummary;
  now: Date;
  revoking: boolean;
  onRevoke: () => void;
}) {
  const { t, i18n } = useAccountTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const device = describeUserAgent(session.userAgent);
  const name = session.terminalId
    ? t("sessions.terminal")
    : device.os
      ? t("sessions.device", { browser: device.browser ?? t("sessions.unknownBrowser"), os: device.os })
      : (device.browser ?? t("sessions.unknownDevice"));
  const ago = timeAgo(session.lastUsedAt, now, language);
  const signedIn = new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(session.createdAt);
  const Icon = session.terminalId ? IconTerminal : device.mobile ? IconPhone : IconLaptop;

  return (
    <li className="flex items-start gap-3 py-3.5" data-testid="session">
      <span className="mt-0.5 grid size-10 shrink-0 place-items-center rounded-full bg-ink-100 text-ink-700">
        <Icon className="size-5" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-ink-950">
          {name}
          {session.current && (
            <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-700/25 ring-inset">
              {t("sessions.thisDevice")}
            </span>
          )}
        </p>
        <p className="mt-0.5 text-sm text-ink-600">
          {ago ? t("sessions.lastActive", { when: ago }) : t("sessions.activeNow")}
          {" · "}
          {t("sessions.signedIn", { date: signedIn })}
        </p>
        {session.ip && <p className="text-sm text-ink-600">{t("sessions.ip", { ip: session.ip })}</p>}
      </div>
      {!session.current && (
        <Button
          variant="ghost"
          size="sm"
          className="shrink-0"
          loading={revoking}
          aria-label={t("sessions.revokeLabel", { device: name })}
          onClick={onRevoke}
        >
          {t("sessions.revoke")}
        </Button>
      )}
    </li>
  );
}
