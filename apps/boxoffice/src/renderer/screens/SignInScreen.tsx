import { Alert, Button, PasswordField, TextField, useErrorMessage, useTRPC, Wordmark } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Clock } from "../components/Clock.tsx";
import { LanguageSelect } from "../components/LanguageSelect.tsx";
import { TerminalStatus } from "../components/TerminalStatus.tsx";
import { canWorkTheCounter, sessionStore } from "../session.ts";

export function SignInScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [notStaff, setNotStaff] = useState(false);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (session) => {
        const allowed = canWorkTheCounter(session.user.role);
        setNotStaff(!allowed);
        if (allowed) sessionStore.set(session);
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setMissing({ email: !email, password: !password });
    setNotStaff(false);
    if (email && password) login.mutate({ email, password });
  }

  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <aside
        data-surface="dark"
        className="relative isolate flex flex-col gap-5 overflow-hidden bg-night-950 px-5 py-5 text-white sm:px-8 lg:px-12 lg:py-10"
      >
        <div aria-hidden="true" className="absolute inset-0 -z-10">
          <div className="absolute inset-x-0 top-0 h-24 bg-bulbs opacity-50 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
          <div className="absolute -right-32 -bottom-40 size-[30rem] rounded-full bg-brand-600/35 blur-3xl" />
          <div className="absolute -top-20 -left-24 size-80 rounded-full bg-night-600/60 blur-3xl" />
        </div>
        <div className="flex items-center justify-between gap-3">
          <Wordmark tone="dark" product={t("product")} className="text-xl" />
          <span className="lg:hidden">
            <LanguageSelect tone="dark" />
          </span>
        </div>
        <div className="hidden lg:mt-auto lg:block">
          <Clock showDate className="text-7xl leading-none font-bold tracking-tight" />
          <h2 className="mt-10 text-2xl font-bold">{t("signIn.panelHeading")}</h2>
          <p className="mt-2 max-w-sm text-white/70">{t("signIn.panelBody")}</p>
        </div>
        <div>
          <TerminalStatus tone="dark" />
        </div>
      </aside>

      <main className="flex items-start justify-center px-5 py-10 sm:items-center sm:px-8">
        <div className="w-full max-w-sm">
          <h1 className="text-3xl font-bold tracking-tight text-ink-950">{t("signIn.title")}</h1>
          <p className="mt-2 text-ink-600">{t("signIn.lede")}</p>
          <form noValidate onSubmit={submit} className="mt-8 space-y-5">
            {login.error && (
              <Alert tone="danger" title={t("signIn.failed")}>
                {errorMessage(login.error)}
              </Alert>
            )}
            {notStaff && (
              <Alert tone="danger" title={t("signIn.failed")}>
                {t("signIn.notStaff")}
              </Alert>
            )}
            <TextField
              label={t("signIn.email")}
              name="email"
              type="email"
              autoComplete="username"
              required
              error={missing.email ? t("common:validation.required") : null}
            />
            <PasswordField
              label={t("signIn.password")}
              name="password"
              autoComplete="current-password"
              required
              error={missing.password ? t("common:validation.required") : null}
            />
            <Button type="submit" size="lg" block loading={login.isPending}>
              {login.isPending ? t("signIn.submitting") : t("signIn.submit")}
            </Button>
          </form>
          <div className="mt-10 hidden justify-center lg:flex">
            <LanguageSelect />
          </div>
        </div>
      </main>
    </div>
  );
}
