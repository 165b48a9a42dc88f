import { IconAlert } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { KioskFrame } from "../components/KioskFrame.tsx";

/**
 * The stored credential no longer opens anything (an organizer revoked this kiosk). A customer
 * cannot fix that from the screen, and must not be able to re-pair it: staff re-provision it.
 */
export function OutOfServiceScreen() {
  const { t } = useTranslation();
  return (
    <KioskFrame>
      <main className="flex flex-1 flex-col items-start justify-center px-6 py-10 sm:px-10 lg:px-16">
        <span className="grid size-20 place-items-center rounded-3xl bg-white/10 text-gold-300 ring-1 ring-white/15">
          <IconAlert className="size-11" />
        </span>
        <h1 className="mt-8 text-5xl font-extrabold tracking-tight sm:text-6xl">
          {t("outOfService.heading")}
        </h1>
        <p className="mt-5 max-w-2xl text-2xl leading-relaxed text-white/75">{t("outOfService.body")}</p>
        <p className="mt-10 max-w-2xl text-lg text-white/50">{t("outOfService.staff")}</p>
      </main>
    </KioskFrame>
  );
}
