import { buttonClasses } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:py-28">
      <title>{`${t("notFound.title")} · Marquee`}</title>
      <p className="text-sm font-semibold tracking-widest text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("notFound.heading")}
      </h1>
      <p className="mt-3 text-ink-600">{t("notFound.body")}</p>
      <Link to="/" className={buttonClasses({ size: "lg", className: "mt-8" })}>
        {t("notFound.home")}
      </Link>
    </div>
  );
}
