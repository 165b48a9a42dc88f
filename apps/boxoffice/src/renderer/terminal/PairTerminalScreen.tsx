import { Alert, Button, TextField } from "@marquee/ui";
import { pairingProblemOf, usePairingCodeField } from "@marquee/ui/desktop/renderer";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "../bridge.ts";
import { StaffLayout } from "../components/StaffLayout.tsx";
import { usePairTerminal } from "./use-pairing.ts";

/** First run: an organizer's one-time code turns this computer into one of the venue's counters. */
export function PairTerminalScreen() {
  const { t } = useTranslation();
  const field = usePairingCodeField();
  const [name, setName] = useState(() => t("pair.defaultName"));
  const [incomplete, setIncomplete] = useState(false);
  const pair = usePairTerminal();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIncomplete(!field.complete);
    if (field.complete) pair.mutate({ code: field.code, name: name.trim() || t("pair.defaultName") });
  }

  const steps = [t("pair.steps.create"), t("pair.steps.type"), t("pair.steps.signIn")];
  return (
    <StaffLayout panelHeading={t("pair.panelHeading")} panelBody={t("pair.panelBody")}>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950">{t("pair.title")}</h1>
      <p className="mt-2 text-ink-600">{t("pair.lede")}</p>
      <ol className="mt-6 space-y-2.5">
        {steps.map((step, index) => (
          <li key={step} className="flex items-start gap-3 text-sm text-ink-700">
            <span className="grid size-6 shrink-0 place-items-center rounded-full bg-brand-50 text-xs font-bold text-brand-700 ring-1 ring-brand-200">
              {index + 1}
            </span>
            <span className="pt-0.5">{step}</span>
          </li>
        ))}
      </ol>

      <form noValidate onSubmit={submit} className="mt-8 space-y-5">
        {pair.error && (
          <Alert tone="danger" title={t("pair.failed")}>
            {t(`pair.problems.${pairingProblemOf(pair.error)}`)}
          </Alert>
        )}
        <TextField
          label={t("pair.codeLabel")}
          {...field.inputProps}
          placeholder="ABCD-EF23"
          required
          style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", letterSpacing: "0.18em" }}
          className="[&_input]:h-14 [&_input]:text-2xl [&_input]:font-semibold"
          hint={t("pair.codeHint")}
          error={incomplete && !field.complete ? t("pair.codeIncomplete") : null}
        />
        <TextField
          label={t("pair.nameLabel")}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={80}
          autoComplete="off"
          hint={t("pair.nameHint")}
        />
        <Button type="submit" size="lg" block loading={pair.isPending}>
          {pair.isPending ? t("pair.submitting") : t("pair.submit")}
        </Button>
        {bridge.shell === "browser" && <p className="text-xs text-ink-500">{t("pair.browserNote")}</p>}
      </form>
    </StaffLayout>
  );
}
