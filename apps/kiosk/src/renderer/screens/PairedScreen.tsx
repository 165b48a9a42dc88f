import { IconCheck, IconPin } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { KioskFrame } from "../components/KioskFrame.tsx";

/** Right after pairing: staff see which venue and terminal this kiosk now is, then open it to customers. */
export function PairedScreen({
  terminal,
  onStart,
}: {
  terminal: { name: string; venueName: string } | undefined;
  onStart(): void;
}) {
  const { t } = useTranslation();
  return (
    <KioskFrame>
      <main className="flex flex-1 flex-col items-start justify-center px-6 py-10 sm:px-10 lg:px-16">
        <span className="grid size-24 place-items-center rounded-full bg-emerald-400/20 text-emerald-200 ring-1 ring-emerald-300/40">
          <IconCheck className="size-14" />
        </span>
        <h1 className="mt-8 text-5xl font-extrabold tracking-tight sm:text-6xl portrait:sm:text-8xl">
          {t("paired.heading")}
        </h1>
        {terminal && (
          <div className="mt-8 flex items-center gap-5 rounded-[2rem] bg-white/8 p-6 ring-1 ring-white/20 sm:p-8">
            <IconPin className="size-12 shrink-0 text-gold-300" />
            <div>
              <p className="text-3xl font-bold sm:text-4xl portrait:sm:text-5xl">{terminal.venueName}</p>
              <p className="mt-1 text-xl text-white/75 sm:text-2xl portrait:sm:text-3xl">
                {t("paired.terminal", { terminal: terminal.name })}
              </p>
            </div>
          </div>
        )}
        <p className="mt-8 max-w-3xl text-2xl leading-relaxed text-white/75 portrait:sm:text-3xl">
          {t("paired.body")}
        </p>
        <button
          type="button"
          onClick={onStart}
          className="mt-12 min-h-20 rounded-[1.5rem] bg-white px-12 text-3xl font-bold text-night-950 shadow-pop active:scale-95 portrait:sm:min-h-28 portrait:sm:text-4xl"
        >
          {t("paired.start")}
        </button>
      </main>
    </KioskFrame>
  );
}
