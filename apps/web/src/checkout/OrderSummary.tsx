import type { PriceBreakdown, ShowDetail } from "@marquee/contracts";
import { Button, Money, TextField } from "@marquee/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatLongDateTime } from "../format/show-time.ts";
import { IconTag } from "../shell/icons.tsx";

/** What the buyer is paying for: the show, each seat's price and fee, promo and total. */
export function OrderSummary({
  show,
  price,
  promoCode,
  promoError,
  promoPending,
  onPromo,
}: {
  show: ShowDetail;
  price: PriceBreakdown | undefined;
  promoCode: string | null;
  promoError: string | null;
  promoPending: boolean;
  onPromo: (code: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const [promoOpen, setPromoOpen] = useState(false);

  function applyPromo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("promo") ?? "").trim();
    if (code) onPromo(code);
  }

  return (
    <section
      aria-labelledby="summary-heading"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-6"
    >
      <h2 id="summary-heading" className="text-sm font-semibold tracking-wide text-ink-600 uppercase">
        {t("checkout.summary")}
      </h2>
      <p className="mt-3 text-xl font-bold text-ink-950">{show.event.title}</p>
      <p className="mt-1 text-ink-700">{formatLongDateTime(show.startsAt, show.venue.timeZone, language)}</p>
      <p className="text-ink-700">
        {show.venue.name} · {show.hall.name}
      </p>

      <ul className="mt-5 divide-y divide-ink-200 border-y border-ink-200" aria-label={t("checkout.seats")}>
        {price?.lines.map((line) => (
          <li
            key={`${line.seatId}-${line.label}`}
            className="flex items-baseline justify-between gap-3 py-2.5"
          >
            <span>
              <span className="font-semibold text-ink-950">{line.label}</span>{" "}
              <span className="text-sm text-ink-600">{line.tierName}</span>
            </span>
            <Money value={line.unitPrice} className="tabular-nums" />
          </li>
        ))}
      </ul>

      {price && (
        <dl className="mt-4 space-y-1.5 text-ink-700">
          <div className="flex justify-between">
            <dt>{t("checkout.subtotal")}</dt>
            <dd>
              <Money value={price.subtotal} />
            </dd>
          </div>
          {price.discount.amountMinor > 0 && (
            <div className="flex justify-between text-emerald-800">
              <dt>
                {price.promo
                  ? t("checkout.discountCode", { code: price.promo.code })
                  : t("checkout.discount")}
              </dt>
              <dd>
                −<Money value={price.discount} />
              </dd>
            </div>
          )}
          <div className="flex justify-between">
            <dt>{t("checkout.fees")}</dt>
            <dd>
              <Money value={price.fees} />
            </dd>
          </div>
          <div className="flex justify-between border-t border-ink-200 pt-3 text-lg font-bold text-ink-950">
            <dt>{t("checkout.total")}</dt>
            <dd data-testid="order-total">
              <Money value={price.total} />
            </dd>
          </div>
        </dl>
      )}

      <div className="mt-5">
        {promoCode && !promoError ? (
          <p className="flex items-center justify-between gap-3 rounded-control bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-700/20">
            <span className="flex items-center gap-2">
              <IconTag className="size-4" />
              {price?.promo?.description ?? promoCode}
            </span>
            <button type="button" className="font-semibold underline" onClick={() => onPromo(null)}>
              {t("checkout.removePromo")}
            </button>
          </p>
        ) : promoOpen ? (
          <form onSubmit={applyPromo} className="flex items-start gap-2" noValidate>
            <TextField
              label={t("checkout.promoLabel")}
              name="promo"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={32}
              className="flex-1"
              error={promoError}
              defaultValue={promoCode ?? ""}
            />
            <Button type="submit" variant="secondary" className="mt-7 h-12" loading={promoPending}>
              {t("checkout.applyPromo")}
            </Button>
          </form>
        ) : (
          <button
            type="button"
            onClick={() => setPromoOpen(true)}
            className="inline-flex items-center gap-2 text-sm font-semibold text-brand-700 hover:underline"
          >
            <IconTag className="size-4" />
            {t("checkout.havePromo")}
          </button>
        )}
      </div>
    </section>
  );
}
