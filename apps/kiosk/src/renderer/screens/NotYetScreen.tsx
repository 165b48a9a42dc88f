import { IconArrowLeft, IconTicket } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { KioskFrame } from "../components/KioskFrame.tsx";

/** An honest stop for journeys that arrive with the booking module: says so, and leads back. */
export function NotYetScreen({
  heading,
  body,
  onBack,
}: {
  heading: string;
  body: string;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <KioskFrame
      top={
        <button
          type="button"
          onClick={onBack}
          className="flex min-h-16 items-center gap-3 rounded-2xl bg-white/10 px-6 text-xl font-semibold ring-1 ring-white/20 active:scale-95"
        >
          <IconArrowLeft className="size-7" />
          {t("nav.back")}
        </button>
      }
    >
      <main className="flex flex-1 flex-col items-start justify-center px-6 py-10 sm:px-10 lg:px-16">
        <span className="grid size-20 place-items-center rounded-3xl bg-white/10 text-gold-300 ring-1 ring-white/15">
          <IconTicket className="size-11" />
        </span>
        <h1 className="mt-8 text-5xl font-extrabold tracking-tight sm:text-6xl">{heading}</h1>
        <p className="mt-5 max-w-2xl text-2xl leading-relaxed text-white/75">{body}</p>
        <button
          type="button"
          onClick={onBack}
          className="mt-12 min-h-20 rounded-[1.5rem] bg-white px-10 text-2xl font-bold text-night-950 shadow-pop active:scale-95"
        >
          {t("nav.startOver")}
        </button>
      </main>
    </KioskFrame>
  );
}
