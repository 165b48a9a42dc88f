import { Alert, Spinner } from "@marquee/ui";
import {
  pairingCodeAlphabet,
  pairingProblemOf,
  usePairingCodeField,
  usePairWithCode,
} from "@marquee/ui/desktop/renderer";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "../bridge.ts";
import { KioskFrame } from "../components/KioskFrame.tsx";

const key =
  "grid min-h-16 place-items-center rounded-2xl bg-white/10 text-2xl font-bold ring-1 ring-white/20 transition active:scale-95 active:bg-white/25 disabled:opacity-50 portrait:sm:min-h-28 portrait:sm:text-4xl";

/**
 * First run: staff type the one-time code an organizer created for this venue, on the screen's
 * own keypad (a kiosk may have no keyboard). The kiosk then sells as that venue's terminal.
 */
export function PairKioskScreen({ onPaired }: { onPaired(): void }) {
  const { t } = useTranslation();
  const codeId = useId();
  const nameId = useId();
  const field = usePairingCodeField();
  const [name, setName] = useState(() => t("pair.defaultName"));
  const [incomplete, setIncomplete] = useState(false);
  const pair = usePairWithCode(bridge);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIncomplete(!field.complete);
    if (!field.complete) return;
    pair.mutate({ code: field.code, name: name.trim() || t("pair.defaultName") }, { onSuccess: onPaired });
  }

  return (
    <KioskFrame>
      <main className="flex flex-1 flex-col px-6 py-8 sm:px-10 lg:px-16 portrait:sm:justify-center portrait:sm:py-16">
        <p className="text-lg font-semibold tracking-wide text-gold-300 sm:text-2xl portrait:sm:text-3xl">
          {t("pair.eyebrow")}
        </p>
        <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-6xl portrait:sm:text-7xl">
          {t("pair.heading")}
        </h1>
        <p className="mt-4 max-w-4xl text-xl text-white/75 sm:text-2xl portrait:sm:text-3xl portrait:sm:leading-snug">
          {t("pair.body")}
        </p>

        <form
          noValidate
          onSubmit={submit}
          className="mt-8 max-w-5xl space-y-6 sm:mt-12 portrait:sm:space-y-8"
        >
          {pair.error && (
            <Alert tone="danger" title={t("pair.failed")}>
              <span className="text-lg">{t(`pair.problems.${pairingProblemOf(pair.error)}`)}</span>
            </Alert>
          )}
          <div>
            <label
              htmlFor={codeId}
              className="block text-xl font-semibold text-white/85 portrait:sm:text-3xl"
            >
              {t("pair.codeLabel")}
            </label>
            <input
              id={codeId}
              {...field.inputProps}
              placeholder="ABCD-EF23"
              aria-invalid={incomplete && !field.complete ? true : undefined}
              aria-describedby={`${codeId}-hint`}
              className="mt-2 block h-24 w-full rounded-2xl bg-white px-4 text-center font-mono text-3xl font-bold tracking-[0.15em] sm:px-6 sm:text-5xl sm:tracking-[0.2em] text-night-950 placeholder:text-ink-300 aria-invalid:ring-4 aria-invalid:ring-red-400 portrait:sm:h-32 portrait:sm:text-7xl"
            />
            <p id={`${codeId}-hint`} className="mt-2 text-lg text-white/70 portrait:sm:text-2xl">
              {incomplete && !field.complete ? t("pair.codeIncomplete") : t("pair.codeHint")}
            </p>
          </div>
          <fieldset className="grid grid-cols-8 gap-2 sm:gap-3 portrait:sm:gap-4">
            <legend className="sr-only">{t("pair.keypad")}</legend>
            {[...pairingCodeAlphabet].map((character) => (
              <button
                key={character}
                type="button"
                className={key}
                disabled={field.complete}
                onClick={() => field.type(character)}
              >
                {character}
              </button>
            ))}
            <button type="button" className={key} onClick={field.erase} aria-label={t("pair.erase")}>
              ⌫
            </button>
          </fieldset>
          <div>
            <label
              htmlFor={nameId}
              className="block text-xl font-semibold text-white/85 portrait:sm:text-3xl"
            >
              {t("pair.nameLabel")}
            </label>
            <input
              id={nameId}
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={80}
              autoComplete="off"
              className="mt-2 block h-16 w-full rounded-2xl bg-white px-5 text-2xl text-night-950 portrait:sm:h-24 portrait:sm:text-4xl"
            />
          </div>
          <button
            type="submit"
            disabled={pair.isPending}
            className="flex min-h-20 w-full items-center justify-center gap-3 rounded-[1.5rem] bg-gradient-to-br from-brand-500 to-brand-700 px-6 text-2xl font-bold shadow-[0_20px_60px_-20px] shadow-brand-500/70 ring-1 ring-white/20 active:scale-[0.98] disabled:opacity-70 sm:px-10 sm:text-3xl portrait:sm:min-h-32 portrait:sm:text-5xl"
          >
            {pair.isPending && <Spinner className="size-7" />}
            {pair.isPending ? t("pair.submitting") : t("pair.submit")}
          </button>
          {bridge.shell === "browser" && <p className="text-base text-white/60">{t("pair.browserNote")}</p>}
        </form>
      </main>
    </KioskFrame>
  );
}
