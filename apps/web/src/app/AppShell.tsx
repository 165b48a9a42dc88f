import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigation } from "react-router";
import { useSessionCheck } from "../auth/use-session-check.ts";
import { Footer } from "../shell/Footer.tsx";
import { Header } from "../shell/Header.tsx";

export function AppShell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  useSessionCheck();
  useFocusOnNavigate();

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-control bg-white font-semibold text-brand-700 shadow-pop focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      {navigation.state !== "idle" && (
        <div
          role="progressbar"
          aria-label={t("shell.loadingPage")}
          className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-gradient-to-r from-brand-500 via-gold-400 to-brand-500"
        />
      )}
      <Header />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}

/** After a client-side navigation, move focus to the new page's heading, as a page load would. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return; // the first render, not a navigation
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);
}
