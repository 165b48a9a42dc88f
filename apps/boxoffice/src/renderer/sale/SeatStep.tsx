import type { HoldResult, SeatMap as SeatMapData, SeatMapSeat } from "@marquee/contracts";
import { type RejectReason, SeatMap, useSeatMapTranslation, useTranslatedLabels } from "@marquee/seatmap";
import "@marquee/seatmap/seatmap.css";
import {
  Alert,
  Button,
  errorCodeOf,
  Money,
  Spinner,
  useErrorMessage,
  useFormatMoney,
  useTRPC,
} from "@marquee/ui";
import { useLiveSeats } from "@marquee/ui/live";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { counterRealtime } from "../realtime.ts";
import { ShowSummary } from "./ShowSummary.tsx";

/** The most seats one counter sale holds (the API's MAX_SEATS_PER_ORDER default). */
const MAX_SEATS = 10;

/** Choosing seats on the live map, then holding them for this terminal. */
export function SeatStep({
  showId,
  onBack,
  onHeld,
}: {
  showId: string;
  onBack(): void;
  onHeld(hold: HoldResult): void;
}) {
  const { t } = useTranslation();
  const { t: seatMapT } = useSeatMapTranslation();
  const trpc = useTRPC();
  const show = useQuery(trpc.catalog.show.queryOptions({ showId }));
  // Live: a seat sold online or at the next counter shows here within a second.
  const seats = useLiveSeats(showId, counterRealtime());
  const map = { data: seats.map, error: seats.error };
  const errorMessage = useErrorMessage();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const hold = useMutation(trpc.inventory.hold.mutationOptions());

  // A chosen seat that someone else took meanwhile is let go.
  useEffect(() => {
    if (!map.data || hold.isPending) return;
    const taken = map.data.seats.filter((seat) => selected.has(seat.id) && seat.status !== "available");
    if (taken.length === 0) return;
    setSelected((current) => new Set([...current].filter((id) => !taken.some((seat) => seat.id === id))));
    setNotice(t("sale.seatsTaken", { count: taken.length }));
  }, [map.data, selected, hold.isPending, t]);

  const onToggle = useCallback((seat: SeatMapSeat, select: boolean) => {
    setNotice(null);
    setSelected((current) => {
      const next = new Set(current);
      if (select) next.add(seat.id);
      else next.delete(seat.id);
      return next;
    });
  }, []);
  const onReject = useCallback(
    (seat: SeatMapSeat, reason: RejectReason) =>
      setNotice(
        reason === "limit"
          ? t("sale.seatLimit", { max: MAX_SEATS })
          : t("sale.seatUnavailable", {
              seat: seatMapT("map.position", { row: seat.row, number: seat.number }),
            }),
      ),
    [t],
  );

  function holdSeats() {
    setNotice(null);
    hold.mutate(
      { showId, seatIds: [...selected] },
      {
        onSuccess: onHeld,
        onError: (error) => {
          if (errorCodeOf(error) === "SEAT_UNAVAILABLE") seats.refresh();
        },
      },
    );
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {show.data ? <ShowSummary show={show.data} /> : <Spinner className="size-5" />}
        <Button variant="secondary" size="sm" onClick={onBack}>
          {t("sale.otherShows")}
        </Button>
      </div>
      {show.error || map.error ? <Alert tone="danger">{errorMessage(show.error ?? map.error)}</Alert> : null}
      {show.data?.generalAdmission && <Alert tone="info">{t("sale.generalAdmission")}</Alert>}
      {show.data && map.data && !show.data.generalAdmission && (
        <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="relative min-w-0">
            <div className="pointer-events-none absolute inset-x-3 top-3 z-10 flex justify-center">
              {notice && (
                <div className="pointer-events-auto max-w-xl animate-rise rounded-control bg-white shadow-pop">
                  <Alert tone="info">{notice}</Alert>
                </div>
              )}
            </div>
            <SeatMapWithLabels
              hallName={show.data.hall.name}
              map={map.data}
              layout={show.data.hall.layout}
              selected={selected}
              onToggle={onToggle}
              onReject={onReject}
            />
          </div>
          <Selection
            map={map.data}
            currency={show.data.currency}
            selected={selected}
            holding={hold.isPending}
            error={hold.error ? errorMessage(hold.error) : null}
            onHold={holdSeats}
          />
        </div>
      )}
    </div>
  );
}

function SeatMapWithLabels({
  hallName,
  ...props
}: { hallName: string } & Pick<
  Parameters<typeof SeatMap>[0],
  "map" | "layout" | "selected" | "onToggle" | "onReject"
>) {
  const labels = useTranslatedLabels(hallName);
  const formatMoney = useFormatMoney();
  return (
    <SeatMap
      {...props}
      maxSelectable={MAX_SEATS}
      formatPrice={(tier) => formatMoney(tier.price)}
      labels={labels}
      className="[&_.msm-stage]:h-[calc(100cqw/var(--msm-content-aspect)+3rem)] [&_.msm-stage]:max-h-[60vh] [&_.msm-stage]:min-h-[20rem]"
    />
  );
}

function Selection({
  map,
  currency,
  selected,
  holding,
  error,
  onHold,
}: {
  map: SeatMapData;
  currency: string;
  selected: ReadonlySet<string>;
  holding: boolean;
  error: string | null;
  onHold(): void;
}) {
  const { t } = useTranslation();
  const { t: seatMapT } = useSeatMapTranslation();
  const seats = map.seats.filter((seat) => selected.has(seat.id));
  const prices = new Map(map.tiers.map((tier) => [tier.id, tier.price]));
  const subtotal = seats.reduce((sum, seat) => sum + (prices.get(seat.tierId)?.amountMinor ?? 0), 0);
  return (
    <aside
      aria-labelledby="chosen-heading"
      className="space-y-4 self-start rounded-control bg-ink-50 p-4 ring-1 ring-ink-200"
    >
      <h3 id="chosen-heading" className="font-bold text-ink-950">
        {t("sale.chosen", { count: seats.length })}
      </h3>
      {seats.length === 0 ? (
        <p className="text-sm text-ink-600">{t("sale.chooseHint")}</p>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {seats.map((seat) => {
            const price = prices.get(seat.tierId);
            return (
              <li key={seat.id} className="flex justify-between gap-3">
                <span className="font-semibold text-ink-900">
                  {seatMapT("map.position", { row: seat.row, number: seat.number })}
                </span>
                {price && <Money value={price} className="text-ink-700" />}
              </li>
            );
          })}
        </ul>
      )}
      {seats.length > 0 && (
        <p className="flex justify-between border-t border-ink-200 pt-3 font-semibold">
          <span>{t("sale.seatPrices")}</span>
          <Money value={{ amountMinor: subtotal, currency }} />
        </p>
      )}
      {error && <Alert tone="danger">{error}</Alert>}
      <Button
        block
        size="lg"
        className="h-auto! min-h-13 py-3 text-center whitespace-normal!"
        disabled={seats.length === 0}
        loading={holding}
        onClick={onHold}
      >
        {t("sale.holdAndPay")}
      </Button>
    </aside>
  );
}
