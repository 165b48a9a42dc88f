import { buttonClasses, IconChevronDown, IconPin, IconSearch, IconTicket, Wordmark } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useWebSession } from "../app/session.ts";
import { useCity } from "../city/use-cities.ts";
import { AccountMenu } from "./AccountMenu.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";

export function Header() {
  const { t } = useTranslation();
  const session = useWebSession();
  const { pathname } = useLocation();
  const onAuthPage = pathname === "/sign-in" || pathname === "/register";

  return (
    <header className="sticky top-0 z-30 border-b border-ink-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:gap-5 sm:px-6">
        <Link to="/" className="-ml-1 rounded-lg px-1 py-1 text-xl" aria-label={t("shell.home")}>
          <Wordmark />
        </Link>
        <CityButton className="hidden sm:flex" />
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <Link
            to="/search"
            aria-label={t("nav.search")}
            className="hidden h-10 items-center gap-2 rounded-control px-2.5 text-sm font-semibold text-ink-700 hover:bg-ink-100 hover:text-ink-950 sm:flex md:pr-3.5"
          >
            <IconSearch className="size-5" />
            <span className="hidden md:inline" aria-hidden="true">
              {t("nav.search")}
            </span>
          </Link>
          {session && (
            <Link
              to="/bookings"
              aria-label={t("nav.bookings")}
              className="hidden h-10 items-center gap-2 rounded-control px-2.5 text-sm font-semibold text-ink-700 hover:bg-ink-100 hover:text-ink-950 sm:flex md:pr-3.5"
            >
              <IconTicket className="size-5" />
              <span className="hidden md:inline" aria-hidden="true">
                {t("nav.bookings")}
              </span>
            </Link>
          )}
          <LanguageMenu />
          {session ? (
            <AccountMenu session={session} />
          ) : (
            !onAuthPage && (
              <Link
                to="/sign-in"
                state={{ from: pathname }}
                className={buttonClasses({ variant: "secondary", size: "sm", className: "px-3.5" })}
              >
                {t("shell.signIn")}
              </Link>
            )
          )}
        </div>
      </div>
      <div className="flex items-center justify-between border-t border-ink-200/70 px-4 py-1.5 sm:hidden">
        <CityButton className="-ml-2.5" />
        <div className="flex items-center">
          {session && (
            <Link
              to="/bookings"
              aria-label={t("nav.bookings")}
              className="grid size-10 place-items-center rounded-control text-ink-700 hover:bg-ink-100"
            >
              <IconTicket className="size-5" />
            </Link>
          )}
          <Link
            to="/search"
            aria-label={t("nav.search")}
            className="grid size-10 place-items-center rounded-control text-ink-700 hover:bg-ink-100"
          >
            <IconSearch className="size-5" />
          </Link>
        </div>
      </div>
    </header>
  );
}

function CityButton({ className = "" }: { className?: string }) {
  const { t } = useTranslation();
  const city = useCity();
  return (
    <Link
      to="/city"
      aria-label={city ? t("shell.cityButton", { city: city.name }) : t("shell.chooseCity")}
      className={`group flex h-10 items-center gap-1.5 rounded-control px-2.5 text-sm font-semibold text-ink-800 hover:bg-ink-100 ${className}`}
    >
      <IconPin className="size-5 text-brand-600" />
      <span className="max-w-48 truncate" aria-hidden="true">
        {city ? city.name : t("shell.noCity")}
      </span>
      <IconChevronDown className="size-4 text-ink-500 group-hover:text-ink-800" />
    </Link>
  );
}
