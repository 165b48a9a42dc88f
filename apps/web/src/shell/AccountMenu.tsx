import type { Session } from "@marquee/ui";
import { IconChevronDown } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSignOut } from "../auth/use-sign-out.ts";
import { useDisclosure } from "./use-disclosure.ts";

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

export function AccountMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { open, close, containerRef, buttonProps, panelProps } = useDisclosure();
  const { user } = session;

  // Caches and offline tickets of the account are forgotten as the session ends (useSessionCheck).
  const signOutHere = useSignOut();

  return (
    <div ref={containerRef} className="relative">
      <button
        {...buttonProps}
        className="flex h-10 items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-semibold text-ink-800 hover:bg-ink-100"
      >
        <span
          aria-hidden="true"
          className="grid size-8 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-night-700 text-xs font-bold text-white"
        >
          {initialsOf(user.name)}
        </span>
        <span className="hidden max-w-36 truncate md:inline" aria-hidden="true">
          {user.name}
        </span>
        <span className="sr-only">{t("shell.account", { name: user.name })}</span>
        <IconChevronDown className={`size-4 text-ink-500 transition-transform ${open ? "rotate-180" : ""}`} />
      </button>
      <div
        {...panelProps}
        className="absolute right-0 z-40 mt-2 w-64 animate-fade-in rounded-control bg-white p-1.5 shadow-pop ring-1 ring-ink-200"
      >
        <div className="border-b border-ink-200 px-3 pt-2 pb-3">
          <p className="text-xs font-medium text-ink-500">{t("shell.signedInAs")}</p>
          <p className="truncate font-semibold text-ink-950">{user.name}</p>
          <p className="truncate text-sm text-ink-600">{user.email}</p>
          <p className="mt-2 inline-block rounded-full bg-night-700/8 px-2 py-0.5 text-xs font-semibold text-night-700">
            {t(`common:roles.${user.role}`)}
          </p>
        </div>
        <Link
          to="/bookings"
          onClick={() => close()}
          className="mt-1 block w-full rounded-lg px-3 py-2.5 text-left text-ink-800 hover:bg-ink-100"
        >
          {t("nav.bookings")}
        </Link>
        <Link
          to="/account"
          onClick={() => close()}
          className="block w-full rounded-lg px-3 py-2.5 text-left text-ink-800 hover:bg-ink-100"
        >
          {t("nav.account")}
        </Link>
        <button
          type="button"
          onClick={() => {
            close();
            void signOutHere();
          }}
          className="w-full rounded-lg px-3 py-2.5 text-left text-ink-800 hover:bg-ink-100"
        >
          {t("common:actions.signOut")}
        </button>
      </div>
    </div>
  );
}
