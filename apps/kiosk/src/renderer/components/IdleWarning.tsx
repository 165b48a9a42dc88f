import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Still there?": shown for the last seconds before the kiosk resets. Any touch anywhere counts
 * as activity (useIdleReset listens on the window) and closes it; the button is there to invite one.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="idle-heading"
      onCancel={(event) => event.preventDefault()}
      className="m-auto w-[min(36rem,calc(100vw-3rem))] animate-rise rounded-[2rem] bg-white p-10 text-center text-night-950 shadow-pop backdrop:bg-night-950/70 backdrop:backdrop-blur-sm"
    >
      <h2 id="idle-heading" className="text-4xl font-extrabold">
        {t("idle.heading")}
      </h2>
      <p className="mt-3 text-xl text-ink-600">{t("idle.body")}</p>
      <button
        type="button"
        className="mt-8 min-h-20 w-full rounded-[1.5rem] bg-brand-600 px-8 text-2xl font-bold text-white active:scale-95"
      >
        {t("idle.stay")}
      </button>
    </dialog>
  );
}
