import { Alert, Button, errorCodeOf, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { NotFoundPage } from "../app/NotFoundPage.tsx";
import { GeneralAdmission } from "./GeneralAdmission.tsx";
import { useSeatsTranslation } from "./i18n/register.ts";
import { useLiveSeats } from "./live.ts";
import { SeatPicker } from "./SeatPicker.tsx";
import { ShowHeader } from "./ShowHeader.tsx";
import "@marquee/seatmap/seatmap.css";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route `/shows/:showId/seats`: choose seats on the live map (or tickets, for standing shows). */
export function SeatSelectionPage() {
  const { showId = "" } = useParams();
  if (!uuid.test(showId)) return <NotFoundPage />;
  return <SeatSelection key={showId} showId={showId} />;
}

function SeatSelection({ showId }: { showId: string }) {
  const { t } = useSeatsTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const show = useQuery(trpc.catalog.show.queryOptions({ showId }, { staleTime: 5 * 60_000 }));
  const seats = useLiveSeats(showId);

  const code = show.error ? errorCodeOf(show.error) : null;
  if (code === "NOT_FOUND" || code === "SHOW_NOT_FOUND") return <NotFoundPage />;
  if (show.isError || (!seats.map && seats.error)) {
    const error = show.error ?? seats.error;
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold text-ink-950 outline-none">{t("loadFailed")}</h1>
        <Alert
          tone="danger"
          className="mt-4"
          action={
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                void show.refetch();
                seats.refresh();
              }}
            >
              {t("common:actions.retry")}
            </Button>
          }
        >
          {errorMessage(error)}
        </Alert>
      </div>
    );
  }
  if (show.isPending || !seats.map)
    return (
      <div className="flex justify-center py-24 text-brand-600">
        <Spinner label={t("common:status.loading")} className="size-8" />
      </div>
    );

  const seated = !show.data.generalAdmission && seats.map.seats.length > 0;
  return (
    <>
      <title>{`${t("title", { event: show.data.event.title })} · Marquee`}</title>
      <ShowHeader show={show.data} live={seated ? seats.live : null} seated={seated} />
      {seated ? (
        <SeatPicker show={show.data} map={seats.map} refresh={seats.refresh} />
      ) : (
        <GeneralAdmission show={show.data} map={seats.map} />
      )}
    </>
  );
}
