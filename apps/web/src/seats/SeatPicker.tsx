import type { HoldResult, SeatMap as SeatMapData, SeatMapSeat, ShowDetail } from "@marquee/contracts";
import {
  defaultPalette,
  type RejectReason,
  SeatMap,
  type SeatMapHandle,
  tierColours,
  useTranslatedLabels,
} from "@marquee/seatmap";
import { Alert, type AlertTone, useErrorMessage, useFormatMoney, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useWebSession } from "../app/session.ts";
import { checkoutPath } from "../events/paths.ts";
import { formatLongDateTime } from "../format/show-time.ts";
import { holdProblemOf } from "./hold-problem.ts";
import { useSeatsTranslation } from "./i18n/register.ts";
import { QuickPick, QuickPickResult } from "./QuickPick.tsx";
import { MobileContinueBar, SelectionSummary } from "./SelectionSummary.tsx";
import {
  MAX_SEATS_PER_ORDER,
  pickedSeats,
  recallSelection,
  rememberSelection,
  type SeatMapTier,
  seatRuns,
  takenSeats,
  totalOf,
} from "./selection.ts";

interface Notice {
  tone: AlertTone;
  text: string;
}

/** The seat map with everything around it: notices, best-available, the chosen seats and Continue. */
export function SeatPicker({ show, map, refresh }: { show: ShowDetail; map: SeatMapData; refresh(): void }) {
  const { t } = useSeatsTranslation();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useWebSession();
  const errorMessage = useErrorMessage();
  const formatMoney = useFormatMoney();
  const mapRef = useRef<SeatMapHandle>(null);

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(recallSelection(show.id)));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [quick, setQuick] = useState<HoldResult | null>(null);
  const onSale = show.status === "on_sale";

  useEffect(() => rememberSelection(show.id, selected), [show.id, selected]);

  // Notices are news, not state: they fade after a while (errors stay until the next action).
  useEffect(() => {
    if (!notice || notice.tone === "danger") return;
    const timer = setTimeout(() => setNotice(null), 8_000);
    return () => clearTimeout(timer);
  }, [notice]);

  // Someone else took a seat we had chosen (or it was never free after a sign-in detour): let it go and say so.
  const hold = useMutation(trpc.inventory.hold.mutationOptions());
  const release = useMutation(trpc.inventory.release.mutationOptions());
  const holding = hold.isPending;

  useEffect(() => {
    // While our own hold is in flight, our seats turning "held" is no news.
    if (quick || holding) return;
    const taken = takenSeats(map, selected);
    const known = new Set(map.seats.map((seat) => seat.id));
    const missing = [...selected].filter((id) => !known.has(id));
    if (taken.length === 0 && missing.length === 0) return;
    setSelected((current) => {
      const next = new Set(current);
      for (const seat of taken) next.delete(seat.id);
      for (const id of missing) next.delete(id);
      return next;
    });
    if (taken.length > 0)
      setNotice({
        tone: "warning",
        text: t("notices.taken", { count: taken.length, seats: seatRuns(taken) }),
      });
  }, [map, selected, quick, holding, t]);

  const signIn = () => {
    rememberSelection(show.id, selected);
    navigate("/sign-in", { state: { from: location.pathname } });
  };

  const holdFailed = (error: unknown) => {
    const problem = holdProblemOf(error);
    if (problem.kind === "signIn") return signIn();
    if (problem.kind === "taken") {
      const taken = map.seats.filter((seat) => problem.seatIds.includes(seat.id));
      setSelected((current) => new Set([...current].filter((id) => !problem.seatIds.includes(id))));
      setNotice({
        tone: "warning",
        text: t("notices.taken", { count: taken.length, seats: seatRuns(taken) }),
      });
      refresh();
      return;
    }
    setNotice({ tone: "danger", text: errorMessage(error) });
  };

  const continueToCheckout = () => {
    if (!session) return signIn();
    setNotice(null);
    hold.mutate(
      { showId: show.id, seatIds: [...selected] },
      {
        onSuccess: (result) => {
          rememberSelection(show.id, []);
          navigate(checkoutPath(result.holdId));
        },
        onError: holdFailed,
      },
    );
  };

  const pickBest = (tierId: string, quantity: number) => {
    if (!session) return signIn();
    setNotice(null);
    hold.mutate(
      { showId: show.id, tierId, quantity },
      {
        onSuccess: (result) => {
          setQuick(result);
          mapRef.current?.showSeats(result.seatIds);
        },
        onError: holdFailed,
      },
    );
  };

  const chooseAgain = () => {
    if (!quick) return;
    release.mutate({ holdId: quick.holdId }, { onSettled: () => setQuick(null) });
  };

  const choose = useCallback(
    (seatId: string, select: boolean) => {
      if (quick) {
        setNotice({ tone: "info", text: t("quickPick.busy") });
        return;
      }
      setNotice(null);
      setSelected((current) => {
        const next = new Set(current);
        if (select) next.add(seatId);
        else next.delete(seatId);
        return next;
      });
    },
    [quick, t],
  );
  const onToggle = useCallback((seat: SeatMapSeat, select: boolean) => choose(seat.id, select), [choose]);

  const onReject = useCallback(
    (seat: SeatMapSeat, reason: RejectReason) => {
      if (quick) return setNotice({ tone: "info", text: t("quickPick.busy") });
      setNotice({
        tone: "info",
        text:
          reason === "limit"
            ? t("notices.limit", { max: MAX_SEATS_PER_ORDER })
            : t("notices.unavailable", {
                seat: t("seatmap:map.position", { row: seat.row, number: seat.number }),
              }),
      });
    },
    [quick, t],
  );

  const labels = useTranslatedLabels(show.hall.name);
  const formatPrice = useCallback((tier: SeatMapTier) => formatMoney(tier.price), [formatMoney]);
  const colours = useMemo(() => tierColours(map.tiers, defaultPalette), [map.tiers]);
  const shownSelection = useMemo(() => (quick ? new Set(quick.seatIds) : selected), [quick, selected]);
  const picked = useMemo(() => pickedSeats(map, selected), [map, selected]);
  const total = totalOf(picked);
  const continueLabel = holding
    ? t("summary.continuing")
    : session
      ? t("summary.continue")
      : t("summary.signInToContinue");

  return (
    <>
      <div className="mx-auto grid max-w-7xl gap-5 px-4 pt-4 pb-32 sm:px-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-8 lg:pt-6 lg:pb-12">
        <div className="min-w-0 space-y-3">
          {!onSale && (
            <Alert tone="warning">
              {t("notOnSale")}
              {show.salesStartAt && show.salesStartAt > new Date()
                ? ` ${t("salesOpen", { date: formatLongDateTime(show.salesStartAt, show.venue.timeZone, language) })}`
                : ""}
            </Alert>
          )}
          <div className="relative">
            {/* Over the map, not above it: a message must not shift the seats under the pointer. */}
            <div className="pointer-events-none absolute inset-x-3 top-3 z-10 flex justify-center">
              {notice && (
                <div className="pointer-events-auto max-w-xl animate-rise rounded-control bg-white shadow-pop">
                  <Alert tone={notice.tone}>{notice.text}</Alert>
                </div>
              )}
            </div>
            <SeatMap
              ref={mapRef}
              map={map}
              layout={show.hall.layout}
              selected={shownSelection}
              onToggle={onToggle}
              onReject={onReject}
              maxSelectable={MAX_SEATS_PER_ORDER}
              formatPrice={formatPrice}
              labels={labels}
              className="[&_.msm-stage]:h-[calc(100cqw/var(--msm-content-aspect)+3rem)] [&_.msm-stage]:max-h-[64svh] [&_.msm-stage]:min-h-[20rem] lg:[&_.msm-stage]:max-h-[min(72vh,46rem)] lg:[&_.msm-stage]:min-h-[28rem]"
            />
          </div>
        </div>
        <aside className="min-w-0 space-y-5 lg:sticky lg:top-6 lg:self-start">
          {quick ? (
            <QuickPickResult
              map={map}
              holdId={quick.holdId}
              seatIds={quick.seatIds}
              onRelease={chooseAgain}
              releasing={release.isPending}
            />
          ) : (
            <QuickPick
              map={map}
              colours={colours}
              onPick={pickBest}
              picking={holding && hold.variables !== undefined && "tierId" in hold.variables}
              disabled={!onSale || holding}
            />
          )}
          {!quick && (
            <SelectionSummary
              picked={picked}
              total={total}
              colours={colours}
              onRemove={(id) => choose(id, false)}
              onContinue={continueToCheckout}
              continuing={holding && hold.variables !== undefined && "seatIds" in hold.variables}
              signedIn={session !== null}
              disabled={!onSale || holding}
            />
          )}
        </aside>
      </div>
      {!quick && (
        <MobileContinueBar
          count={picked.length}
          total={total}
          label={continueLabel}
          onContinue={continueToCheckout}
          continuing={holding}
          disabled={!onSale || holding}
        />
      )}
    </>
  );
}
