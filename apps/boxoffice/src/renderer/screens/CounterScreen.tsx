import type { Session } from "@marquee/ui";
import { Alert, Button, IconPrinter, Spinner, useTRPCClient, Wordmark } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { bridge } from "../bridge.ts";
import { Clock } from "../components/Clock.tsx";
import { LanguageSelect } from "../components/LanguageSelect.tsx";
import { TerminalStatus } from "../components/TerminalStatus.tsx";
import { Sale } from "../sale/Sale.tsx";
import { sessionStore } from "../session.ts";
import { TerminalPanel } from "../terminal/TerminalPanel.tsx";
import { useTerminal } from "../terminal/use-pairing.ts";
import { testReceiptHtml } from "../test-receipt.ts";

export function CounterScreen({ session, signedInAt }: { session: Session; signedInAt: Date }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  const { user } = session;
  const terminal = useTerminal();
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { hour: "numeric", minute: "2-digit" }).format(
    signedInAt,
  );

  function signOut() {
    // the session is bound to this terminal: end it on the server too, not only on this screen
    void client.auth.logout.mutate({ refreshToken: session.refreshToken }).catch(() => {});
    sessionStore.set(null);
    queryClient.clear();
  }

  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <header data-surface="dark" className="bg-night-950 text-white shadow-sm">
        <div className="flex min-h-16 flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 lg:px-6">
          <Wordmark tone="dark" product={t("product")} className="text-lg" />
          <span className="hidden md:inline-flex">
            <TerminalStatus tone="dark" />
          </span>
          <div className="ml-auto flex items-center gap-3">
            <Clock className="hidden text-lg font-semibold sm:block" />
            <span className="hidden h-6 w-px bg-white/15 sm:block" aria-hidden="true" />
            <div className="flex items-center gap-2.5">
              <span
                aria-hidden="true"
                className="grid size-9 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-night-600 text-sm font-bold"
              >
                {user.name.trim().charAt(0).toUpperCase()}
              </span>
              <div className="hidden leading-tight sm:block">
                <p className="text-sm font-semibold">{user.name}</p>
                <p className="text-xs text-white/60">
                  {t(`common:roles.${user.role}`)} · {t("counter.signedInSince", { time })}
                </p>
              </div>
            </div>
            <Button variant="inverse" size="sm" onClick={signOut}>
              {t("counter.signOut")}
            </Button>
          </div>
        </div>
      </header>

      <main className="grid flex-1 gap-4 p-4 lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_22rem] lg:gap-6 lg:p-6">
        <h1 className="sr-only">{t("counter.title")}</h1>
        {terminal.data ? (
          <Sale terminal={terminal.data} />
        ) : (
          <p className="flex items-center gap-2 text-ink-600">
            <Spinner className="size-5" />
            {t("terminal.checking")}
          </p>
        )}
        <div className="space-y-4 lg:space-y-6">
          <TerminalPanel role={user.role} />
          <PrinterCard cashier={user.name} terminal={terminal.data?.name ?? t("receipt.notPaired")} />
          <div className="flex justify-end">
            <LanguageSelect />
          </div>
        </div>
      </main>
    </div>
  );
}

function PrinterCard({ cashier, terminal }: { cashier: string; terminal: string }) {
  const { t, i18n } = useTranslation();
  const print = useMutation({
    mutationFn: () => {
      const language = i18n.resolvedLanguage ?? "en";
      return bridge.printReceipt(
        testReceiptHtml({
          labels: {
            title: t("receipt.title"),
            terminal: t("receipt.terminal"),
            cashier: t("receipt.cashier"),
            printedAt: t("receipt.printedAt"),
            footer: t("receipt.footer"),
          },
          cashier,
          terminal,
          printedAt: new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
            new Date(),
          ),
          language,
        }),
      );
    },
  });

  return (
    <section
      aria-labelledby="printer-heading"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 lg:p-6"
    >
      <h2 id="printer-heading" className="text-lg font-bold text-ink-950">
        {t("counter.printer.heading")}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t("counter.printer.body")}</p>
      <Button
        variant="secondary"
        className="mt-4"
        icon={<IconPrinter className="size-5" />}
        loading={print.isPending}
        onClick={() => print.mutate()}
      >
        {t("counter.printer.action")}
      </Button>
      <div className="mt-4 empty:hidden">
        {print.data?.ok && (
          <Alert tone="success">
            {bridge.shell === "browser" ? t("counter.printer.standin") : t("counter.printer.printed")}
          </Alert>
        )}
        {print.data && !print.data.ok && (
          <Alert tone="danger">{t("counter.printer.failed", { reason: print.data.reason })}</Alert>
        )}
        {print.error && (
          <Alert tone="danger">{t("counter.printer.failed", { reason: print.error.message })}</Alert>
        )}
      </div>
    </section>
  );
}
