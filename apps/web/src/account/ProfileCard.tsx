import { Button, buttonClasses, type Session } from "@marquee/ui";
import { Link } from "react-router";
import { useSignOut } from "../auth/use-sign-out.ts";
import { initialsOf } from "../shell/AccountMenu.tsx";
import { AccountCard } from "./AccountCard.tsx";
import { useAccountTranslation } from "./i18n/register.ts";

/** Who is signed in, with the way to their bookings and out. */
export function ProfileCard({ user }: { user: Session["user"] }) {
  const { t } = useAccountTranslation();

  const signOutHere = useSignOut();

  return (
    <AccountCard id="profile" level={2} title={t("profile.heading")}>
      <div className="mt-4 flex items-center gap-4">
        <span
          aria-hidden="true"
          className="grid size-14 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-night-700 text-lg font-bold text-white"
        >
          {initialsOf(user.name)}
        </span>
        <dl className="grid min-w-0 flex-1 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="min-w-0">
            <dt className="text-sm text-ink-600">{t("profile.name")}</dt>
            <dd className="font-semibold break-words text-ink-950">{user.name}</dd>
          </div>
          <div className="min-w-0">
            <dt className="text-sm text-ink-600">{t("profile.email")}</dt>
            <dd className="font-semibold [overflow-wrap:anywhere] text-ink-950">{user.email}</dd>
          </div>
        </dl>
      </div>
      <div className="mt-5 flex flex-wrap gap-2">
        <Link to="/bookings" className={buttonClasses({ variant: "secondary" })}>
          {t("profile.bookings")}
        </Link>
        <Button variant="ghost" onClick={signOutHere}>
          {t("common:actions.signOut")}
        </Button>
      </div>
    </AccountCard>
  );
}
