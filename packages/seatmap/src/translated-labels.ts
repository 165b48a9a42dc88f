import { useMemo } from "react";
import { useSeatMapTranslation } from "./i18n/register.ts";
import type { SeatMapLabels } from "./labels.ts";

/** The seat map's words in the app's language (the "seatmap" namespace), for a hall called `hallName`. */
export function useTranslatedLabels(hallName: string): SeatMapLabels {
  const { t } = useSeatMapTranslation();
  return useMemo(() => {
    const status = {
      available: t("status.available"),
      held: t("status.held"),
      sold: t("status.sold"),
      blocked: t("status.blocked"),
    };
    const features = {
      wheelchair: t("features.wheelchair"),
      companion: t("features.companion"),
      access: t("features.access"),
    };
    return {
      map: t("map.name", { hall: hallName }),
      keyboardHelp: t("map.keyboardHelp"),
      seat({ seat, tier, price, status: seatStatus, selected, withSection }) {
        const feature = seat.wheelchair
          ? features.wheelchair
          : seat.companion
            ? features.companion
            : seat.accessible
              ? features.access
              : null;
        return [
          withSection ? seat.section : null,
          t("map.position", { row: seat.row, number: seat.number }),
          // "Stalls, Row F seat 12, Stalls": the tier adds nothing when it is named like the section.
          tier && !(withSection && tier.name === seat.section) ? tier.name : null,
          price,
          feature,
          t(selected ? "state.selected" : `state.${seatStatus}`),
        ]
          .filter(Boolean)
          .join(", ");
      },
      seatTitle: (seat) => t("map.title", { row: seat.row, number: seat.number }),
      status,
      selected: t("status.yours"),
      ...features,
      zoomIn: t("map.zoomIn"),
      zoomOut: t("map.zoomOut"),
      resetView: t("map.resetView"),
      legend: t("map.legend"),
      seatsLeft: (count) => (count === 0 ? t("map.soldOut") : t("map.left", { count })),
      highlightTier: (tier) => t("map.highlightTier", { tier }),
      stage: (kind) => t(`stage.${kind}`),
    };
  }, [t, hallName]);
}
