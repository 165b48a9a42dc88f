import { Button, buttonClasses, IconPin, useLanguage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { sessionStore, useWebSession } from "../app/session.ts";
import { useCity } from "../city/use-cities.ts";
import { forgetOfflineTickets } from "../pwa/offline-tickets.ts";

/** The buyer's account: who they are, their preferences, their notifications, and signing out. */
export function AccountPage() {
  const session = useWebSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />;
  return <Account />;
}

function Account() {
  const { t } = useTranslation();
  const session = useWebSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const city = useCity();
  const { language, setLanguage, languages, languageNames } = useLanguage();
  if (!session) return null;
  const { user } = session;

  async function signOut() {
    sessionStore.set(null);
    queryClient.clear();
    await forgetOfflineTickets();
    navigate("/");
  }

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${t("account.title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("account.heading")}
      </h1>

      <section
        aria-labelledby="profile-heading"
        className="mt-8 rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-6"
      >
        <h2 id="profile-heading" className="text-lg font-bold text-ink-950">
          {t("account.profile")}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-ink-600">{t("account.name")}</dt>
            <dd className="font-semibold text-ink-950">{user.name}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-600">{t("auth.email")}</dt>
            <dd className="font-semibold break-all text-ink-950">{user.email}</dd>
          </div>
        </dl>
        <div className="mt-5 flex flex-wrap gap-2">
          <Link to="/bookings" className={buttonClasses({ variant: "secondary" })}>
            {t("nav.bookings")}
          </Link>
          <Button variant="ghost" onClick={signOut}>
            {t("common:actions.signOut")}
          </Button>
        </div>
      </section>

      <section
        aria-labelledby="prefs-heading"
        className="mt-6 rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-6"
      >
        <h2 id="prefs-heading" className="text-lg font-bold text-ink-950">
          {t("account.preferences")}
        </h2>
        <div className="mt-4 grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="account-language" className="block text-sm font-medium text-ink-800">
              {t("common:language.label")}
            </label>
            <select
              id="account-language"
              value={language}
              onChange={(event) => setLanguage(event.target.value as typeof language)}
              className="mt-1.5 block h-12 w-full rounded-control border border-ink-300 bg-white px-3 text-base"
            >
              {languages.map((option) => (
                <option key={option} value={option} lang={option}>
                  {languageNames[option]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <p className="text-sm font-medium text-ink-800">{t("account.city")}</p>
            <Link
              to="/city"
              className="mt-1.5 flex h-12 items-center gap-2 rounded-control border border-ink-300 bg-white px-3 font-semibold text-ink-900 hover:border-ink-400"
            >
              <IconPin className="size-5 text-brand-600" />
              {city?.name ?? t("shell.noCity")}
              <span className="ml-auto text-sm font-normal text-brand-700">{t("account.change")}</span>
            </Link>
          </div>
        </div>
      </section>

      <Notifications />
    </div>
  );
}

function Notifications() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 20 }, { retry: false }));
  const markAll = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? "en", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  if (list.isError) return null;

  return (
    <section
      aria-labelledby="inbox-heading"
      className="mt-6 rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-6"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id="inbox-heading" className="text-lg font-bold text-ink-950">
          {t("account.notifications")}
          {list.data && list.data.unread > 0 && (
            <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
              {t("account.unread", { count: list.data.unread })}
            </span>
          )}
        </h2>
        {list.data && list.data.unread > 0 && (
          <Button
            size="sm"
            variant="ghost"
            loading={markAll.isPending}
            onClick={() => markAll.mutate({ all: true })}
          >
            {t("account.markAllRead")}
          </Button>
        )}
      </div>
      {list.data?.items.length === 0 && <p className="mt-3 text-ink-600">{t("account.noNotifications")}</p>}
      <ul className="mt-3 divide-y divide-ink-200">
        {list.data?.items.map((item) => (
          <li key={item.id} className="py-3">
            <p className={`text-ink-950 ${item.readAt ? "" : "font-semibold"}`}>{item.title}</p>
            <p className="text-sm text-ink-700">{item.body}</p>
            <p className="mt-0.5 text-xs text-ink-600">{format.format(item.createdAt)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
