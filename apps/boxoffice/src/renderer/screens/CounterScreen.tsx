import type { Session } from "@marquee/ui";
import { Alert, Button, IconPrinter, IconTicket, TextField, Wordmark } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "../bridge.ts";
import { Clock } from "../components/Clock.tsx";
import { LanguageSelect } from "../components/LanguageSelect.tsx";
import { SeatMapArt } from "../components/SeatMapArt.tsx";
import { TerminalStatus } from "../components/TerminalStatus.tsx";
import { usePairing, usePairTerminal, useUnpairTerminal } from "../components/use-pairing.ts";
import { sessionStore } from "../session.ts";
import { testReceiptHtml } from "../test-receipt.ts";

export function CounterScreen({ session, signedInAt }: { session: Session; signedInAt: Date }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = session;
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { hour: "numeric", minute: "2-digit" }).format(
    signedInAt,
  );

  function signOut() {
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

      <main className="grid flex-1 gap-4 p-4 lg:grid-cols-[minmax(0,1.7fr)_minmax(21rem,1fr)] lg:gap-6 lg:p-6">
        <h1 className="sr-only">{t("counter.title")}</h1>
        <NewSale />
        <div className="space-y-4 lg:space-y-6">
          <TerminalCard />
          <PrinterCard cashier={user.name} />
          <div className="flex justify-end">
            <LanguageSelect />
          </div>
        </div>
      </main>
    </div>
  );
}

function NewSale() {
  const { t } = useTranslation();
  const steps = ["show", "seats", "pay", "print"] as const;
  return (
    <section
      aria-labelledby="new-sale-heading"
      className="relative flex min-h-[26rem] flex-col overflow-hidden rounded-card bg-white p-6 shadow-card ring-1 ring-ink-200 lg:p-10"
    >
      <div
        aria-hidden="true"
        className="absolute -top-24 -right-24 size-72 rounded-full bg-brand-100/70 blur-3xl"
      />
      <div className="relative flex flex-wrap items-start justify-between gap-4">
        <div className="flex items-center gap-4">
          <span className="grid size-14 place-items-center rounded-2xl bg-brand-600 text-white shadow-sm">
            <IconTicket className="size-8" />
          </span>
          <h2
            id="new-sale-heading"
            className="text-3xl font-extrabold tracking-tight text-ink-950 lg:text-4xl"
          >
            {t("counter.newSale")}
          </h2>
        </div>
        <span className="rounded-full bg-ink-100 px-3 py-1 text-sm font-semibold text-ink-700 ring-1 ring-ink-200 ring-inset">
          {t("counter.notYet")}
        </span>
      </div>
      <p className="relative mt-5 max-w-2xl text-lg leading-relaxed text-ink-600">
        {t("counter.newSaleBody")}
      </p>
      <SeatMapArt className="relative mx-auto mt-8 hidden w-full max-w-lg flex-1 text-ink-400 opacity-80 lg:block" />
      <ol className="relative mt-auto grid grid-cols-2 gap-3 pt-8 xl:grid-cols-4">
        {steps.map((step, index) => (
          <li key={step} className="rounded-control border border-dashed border-ink-300 bg-ink-50 p-4">
            <span className="grid size-8 place-items-center rounded-full bg-white text-sm font-bold text-brand-700 ring-1 ring-ink-200">
              {index + 1}
            </span>
            <span className="mt-3 block font-semibold text-ink-700">{t(`counter.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function TerminalCard() {
  const { t, i18n } = useTranslation();
  const pairing = usePairing();
  const pair = usePairTerminal();
  const unpair = useUnpairTerminal();
  const [key, setKey] = useState("");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pair.mutate(key, { onSuccess: (outcome) => outcome.ok && setKey("") });
  }

  const failure = pair.data && !pair.data.ok ? pair.data.reason : null;
  const state = pairing.data;

  return (
    <section
      aria-labelledby="terminal-heading"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 lg:p-6"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id="terminal-heading" className="text-lg font-bold text-ink-950">
          {t("terminal.label")}
        </h2>
        <TerminalStatus />
      </div>
      {state?.paired && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-ink-600">
            {t("terminal.pairedDetail", {
              id: state.terminalId.slice(0, 8),
              date: state.pairedAt
                ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: "medium" }).format(
                    new Date(state.pairedAt),
                  )
                : "—",
            })}
          </p>
          <Button variant="secondary" size="sm" loading={unpair.isPending} onClick={() => unpair.mutate()}>
            {t("terminal.unpair")}
          </Button>
        </div>
      )}
      {state && !state.paired && (
        <>
          <p className="mt-3 text-sm leading-relaxed text-ink-600">{t("terminal.notPairedDetail")}</p>
          <form onSubmit={submit} className="mt-5 space-y-3 border-t border-ink-200 pt-5">
            <h3 className="font-semibold text-ink-900">{t("terminal.pairHeading")}</h3>
            <p className="text-sm text-ink-600">{t("terminal.pairIntro")}</p>
            <TextField
              label={t("terminal.keyLabel")}
              value={key}
              onChange={(event) => setKey(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="pt-1"
              hint={t("terminal.keyHint")}
              error={
                failure === "invalid-key"
                  ? t("terminal.invalidKey")
                  : failure === "no-encryption"
                    ? t("terminal.noEncryption")
                    : null
              }
            />
            <Button type="submit" variant="secondary" loading={pair.isPending} disabled={!key.trim()}>
              {pair.isPending ? t("terminal.pairing") : t("terminal.pair")}
            </Button>
            {bridge.shell === "browser" && (
              <p className="text-xs text-ink-500">{t("terminal.browserNote")}</p>
            )}
          </form>
        </>
      )}
    </section>
  );
}

function PrinterCard({ cashier }: { cashier: string }) {
  const { t, i18n } = useTranslation();
  const pairing = usePairing();
  const print = useMutation({
    mutationFn: () => {
      const language = i18n.resolvedLanguage ?? "en";
      const state = pairing.data;
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
          terminal: state?.paired ? state.terminalId.slice(0, 8) : t("receipt.notPaired"),
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
