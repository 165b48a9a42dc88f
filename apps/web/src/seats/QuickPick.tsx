import type { SeatMap } from "@marquee/contracts";
import { Button, buttonClasses, IconCheck, IconSparkle, Money } from "@marquee/ui";
import { useState } from "react";
import { Link } from "react-router";
import { checkoutPath } from "../events/paths.ts";
import { useSeatsTranslation } from "./i18n/register.ts";
import { Stepper } from "./Stepper.tsx";
import { MAX_SEATS_PER_ORDER, seatRuns } from "./selection.ts";

/** Free seats per tier in a map. */
function freeByTier(map: SeatMap): Map<string, number> {
  const free = new Map<string, number>();
  for (const seat of map.seats)
    if (seat.status === "available") free.set(seat.tierId, (free.get(seat.tierId) ?? 0) + 1);
  return free;
}

/** "Best N seats": choose how many and a price; the api picks and holds the best together. */
export function QuickPick({
  map,
  colours,
  onPick,
  picking,
  disabled,
}: {
  map: SeatMap;
  colours: Map<string, string>;
  onPick(tierId: string, quantity: number): void;
  picking: boolean;
  disabled: boolean;
}) {
  const { t } = useSeatsTranslation();
  const free = freeByTier(map);
  const tiers = map.tiers.filter((tier) => free.has(tier.id));
  const [quantity, setQuantity] = useState(2);
  const roomiest = [...tiers].sort((a, b) => (free.get(b.id) ?? 0) - (free.get(a.id) ?? 0))[0];
  const [chosenTier, setChosenTier] = useState<string | null>(null);
  const tierId = chosenTier && free.has(chosenTier) ? chosenTier : roomiest?.id;
  if (tiers.length === 0 || !tierId) return null;

  return (
    <section
      aria-labelledby="quick-pick"
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200"
    >
      <h2 id="quick-pick" className="flex items-center gap-2 text-lg font-bold text-ink-950">
        <IconSparkle className="size-5 text-brand-600" />
        {t("quickPick.heading")}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t("quickPick.lede")}</p>
      <div className="mt-4">
        <Stepper
          label={t("quickPick.quantity")}
          value={quantity}
          min={1}
          max={MAX_SEATS_PER_ORDER}
          onChange={setQuantity}
          fewerLabel={t("quickPick.fewer")}
          moreLabel={t("quickPick.more")}
        />
      </div>
      {tiers.length > 1 && (
        <fieldset className="mt-4">
          <legend className="text-sm font-medium text-ink-700">{t("quickPick.tier")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            {tiers.map((tier) => (
              <label
                key={tier.id}
                className="flex cursor-pointer items-center gap-2 rounded-control px-3 py-2 text-sm ring-1 ring-ink-200 ring-inset has-checked:bg-night-950 has-checked:text-white has-checked:ring-night-950 has-focus-visible:outline-3 has-focus-visible:outline-brand-600 has-focus-visible:outline-offset-2"
              >
                <input
                  type="radio"
                  name="quick-pick-tier"
                  value={tier.id}
                  checked={tier.id === tierId}
                  onChange={() => setChosenTier(tier.id)}
                  className="sr-only"
                />
                <span
                  aria-hidden="true"
                  className="size-3 shrink-0 rounded-full ring-2 ring-white/70"
                  style={{ background: colours.get(tier.id) }}
                />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold">{tier.name}</span>
                  <Money value={tier.price} className="block text-xs opacity-80" />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Button
        variant="secondary"
        block
        className="mt-4"
        loading={picking}
        disabled={disabled}
        onClick={() => onPick(tierId, quantity)}
      >
        {picking ? t("quickPick.finding") : t("quickPick.find", { count: quantity })}
      </Button>
    </section>
  );
}

/** The seats the api picked and holds for the buyer: pay, or let them go and choose again. */
export function QuickPickResult({
  map,
  holdId,
  seatIds,
  onRelease,
  releasing,
}: {
  map: SeatMap;
  holdId: string;
  seatIds: string[];
  onRelease(): void;
  releasing: boolean;
}) {
  const { t } = useSeatsTranslation();
  const ids = new Set(seatIds);
  const seats = map.seats.filter((seat) => ids.has(seat.id));
  const tierNames = [...new Set(seats.map((seat) => map.tiers.find((tier) => tier.id === seat.tierId)?.name))]
    .filter(Boolean)
    .join(", ");
  return (
    <section
      aria-labelledby="quick-pick-result"
      className="animate-rise rounded-card bg-night-950 p-5 text-white shadow-pop"
      data-surface="dark"
    >
      <h2 id="quick-pick-result" className="flex items-center gap-2 text-lg font-bold" tabIndex={-1}>
        <IconCheck className="size-5 text-gold-300" />
        {t("quickPick.foundHeading", { count: seatIds.length })}
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-white/80">
        {t("quickPick.foundBody", { seats: seatRuns(seats), tier: tierNames })}
      </p>
      <Link
        to={checkoutPath(holdId)}
        className={buttonClasses({ variant: "inverse", size: "lg", block: true, className: "mt-4" })}
      >
        {t("quickPick.pay")}
      </Link>
      <Button
        variant="ghost"
        block
        className="mt-2 text-white hover:bg-white/10"
        loading={releasing}
        onClick={onRelease}
      >
        {t("quickPick.different")}
      </Button>
    </section>
  );
}
