import type { Money as MoneyValue } from "@marquee/contracts";
import { Button, Money } from "@marquee/ui";
import { useSeatsTranslation } from "./i18n/register.ts";
import { IconX } from "./icons.tsx";
import { MAX_SEATS_PER_ORDER, type PickedSeat } from "./selection.ts";

interface SummaryProps {
  picked: PickedSeat[];
  total: MoneyValue | null;
  colours: Map<string, string>;
  onRemove(seatId: string): void;
  onContinue(): void;
  continuing: boolean;
  signedIn: boolean;
  disabled: boolean;
}

/** The chosen seats, what they cost, and the way on to payment. */
export function SelectionSummary({
  picked,
  total,
  colours,
  onRemove,
  onContinue,
  continuing,
  signedIn,
  disabled,
}: SummaryProps) {
  const { t } = useSeatsTranslation();
  return (
    <section
      aria-labelledby="seats-summary"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200"
    >
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="seats-summary" className="text-lg font-bold text-ink-950">
          {t("summary.heading")}
        </h2>
        <p className="text-sm font-semibold text-ink-600" aria-live="polite">
          {t("summary.count", { count: picked.length })}
        </p>
      </div>
      {picked.length === 0 ? (
        <p className="mt-3 text-sm leading-relaxed text-ink-600">{t("summary.empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-ink-100">
          {picked.map(({ seat, tier }) => (
            <li key={seat.id} className="flex items-center gap-3 py-2.5">
              <span
                aria-hidden="true"
                className="grid size-9 shrink-0 place-items-center rounded-full text-xs font-bold text-white"
                style={{ background: colours.get(seat.tierId) ?? "#2563eb" }}
              >
                {seat.number}
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold text-ink-900">
                  {t("seatmap:map.title", { row: seat.row, number: seat.number })}
                </p>
                <p className="truncate text-sm text-ink-600">
                  {seat.section}
                  {tier && tier.name !== seat.section ? ` · ${tier.name}` : ""}
                </p>
              </div>
              {tier && <Money value={tier.price} className="font-semibold text-ink-900 tabular-nums" />}
              <button
                type="button"
                onClick={() => onRemove(seat.id)}
                aria-label={t("summary.remove", {
                  seat: t("seatmap:map.position", { row: seat.row, number: seat.number }),
                })}
                className="-mr-2 grid size-10 shrink-0 place-items-center rounded-lg text-ink-500 hover:bg-ink-100 hover:text-ink-900"
              >
                <IconX className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {total && (
        <div className="mt-2 flex items-baseline justify-between border-t border-ink-200 pt-3">
          <span className="font-semibold text-ink-800">{t("summary.total")}</span>
          <Money value={total} className="text-xl font-extrabold text-ink-950 tabular-nums" />
        </div>
      )}
      <p className="mt-2 text-xs leading-relaxed text-ink-500">
        {t("summary.fees")} {t("summary.max", { max: MAX_SEATS_PER_ORDER })}
      </p>
      <Button
        size="lg"
        block
        className="mt-4 hidden lg:inline-flex"
        disabled={disabled || picked.length === 0}
        loading={continuing}
        onClick={onContinue}
      >
        {continuing
          ? t("summary.continuing")
          : signedIn
            ? t("summary.continue")
            : t("summary.signInToContinue")}
      </Button>
    </section>
  );
}

/** On a phone: a bar along the bottom with the count, the total and Continue, always in reach. */
export function MobileContinueBar({
  count,
  total,
  label,
  onContinue,
  continuing,
  disabled,
}: {
  count: number;
  total: MoneyValue | null;
  label: string;
  onContinue(): void;
  continuing: boolean;
  disabled: boolean;
}) {
  const { t } = useSeatsTranslation();
  if (count === 0) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-30 border-t border-ink-200 bg-white/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-pop backdrop-blur lg:hidden">
      <div className="mx-auto flex max-w-xl items-center justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-ink-600">{t("summary.count", { count })}</p>
          {total && <Money value={total} className="text-lg font-extrabold text-ink-950 tabular-nums" />}
        </div>
        <Button size="lg" loading={continuing} disabled={disabled} onClick={onContinue}>
          {label}
        </Button>
      </div>
    </div>
  );
}
