import { buttonClasses, type Session } from "@marquee/ui";
import { useEffect } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { signOut, useWebSession } from "../app/session.ts";
import { AccountGroup } from "./AccountCard.tsx";
import { useAccountTranslation } from "./i18n/register.ts";
import { NotificationsCard } from "./NotificationsCard.tsx";
import { PreferencesCard } from "./PreferencesCard.tsx";
import { ProfileCard } from "./ProfileCard.tsx";
import { ConsentCard } from "./privacy/ConsentCard.tsx";
import { DataExportCard } from "./privacy/DataExportCard.tsx";
import { DeleteAccountCard } from "./privacy/DeleteAccountCard.tsx";
import { PasswordCard } from "./security/PasswordCard.tsx";
import { SessionsCard } from "./security/SessionsCard.tsx";
import { TwoStepCard } from "./security/TwoStepCard.tsx";

/** Set in the navigation state after erasure, so the page says goodbye instead of asking to sign in. */
interface AccountLocationState {
  erased?: boolean;
}

/** The buyer's account: profile, preferences, security, privacy and notifications. */
export function AccountPage() {
  const session = useWebSession();
  const location = useLocation();
  if ((location.state as AccountLocationState | null)?.erased) return <AccountErased />;
  if (!session) return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />;
  return <Account user={session.user} />;
}

const sections = ["profile", "security", "privacy", "notifications"] as const;

function Account({ user }: { user: Session["user"] }) {
  const { t } = useAccountTranslation();
  const navigate = useNavigate();
  useScrollToSection();

  /** Erased: the API has ended every session; end this one here too (and its cookies), and say goodbye. */
  async function leaveErased() {
    await navigate("/account", { replace: true, state: { erased: true } satisfies AccountLocationState });
    await signOut();
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${t("title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("heading")}
      </h1>
      <p className="mt-2 text-lg text-ink-700">{t("lede")}</p>

      <div className="mt-6 lg:mt-10 lg:grid lg:grid-cols-[12rem_1fr] lg:gap-10">
        <nav
          aria-label={t("sections")}
          className="-mx-4 overflow-x-auto px-4 lg:mx-0 lg:overflow-visible lg:px-0"
        >
          <ul className="flex gap-2 lg:sticky lg:top-24 lg:flex-col lg:gap-1">
            {sections.map((section) => (
              <li key={section}>
                <a
                  href={`#${section}`}
                  className="block rounded-full bg-white px-4 py-2 text-sm font-semibold whitespace-nowrap text-ink-800 ring-1 ring-ink-200 hover:bg-ink-100 lg:rounded-control lg:bg-transparent lg:ring-0"
                >
                  {t(`nav.${section}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <div className="mt-6 min-w-0 space-y-10 lg:mt-0">
          <div className="space-y-4">
            <ProfileCard user={user} />
            <PreferencesCard />
          </div>
          <AccountGroup id="security" title={t("security.heading")}>
            <PasswordCard />
            <TwoStepCard email={user.email} />
            <SessionsCard onSignedOutEverywhere={() => navigate("/sign-in", { replace: true })} />
          </AccountGroup>
          <AccountGroup id="privacy" title={t("privacy.heading")}>
            <ConsentCard email={user.email} />
            <DataExportCard />
            <DeleteAccountCard onErased={leaveErased} />
          </AccountGroup>
          <NotificationsCard />
        </div>
      </div>
    </div>
  );
}

/** A link to a section (/account#notifications) lands on it, once the page has drawn it. */
function useScrollToSection() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
}

/** After erasure: the session is gone, and the page says what happened. */
function AccountErased() {
  const { t } = useAccountTranslation();
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:py-24">
      <title>{`${t("erased.title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none">{t("erased.heading")}</h1>
      <p className="mt-3 text-lg text-ink-700">{t("erased.body")}</p>
      <Link to="/" replace className={`${buttonClasses({ size: "lg" })} mt-8`}>
        {t("erased.home")}
      </Link>
    </div>
  );
}
