import { featureNamespace } from "@marquee/ui/feature-namespace";
import { cancellationDe } from "./de.ts";
import { cancellationEn } from "./en.ts";
import { cancellationHi } from "./hi.ts";

/** Cancelling a booking's own catalogues, added beside the app's "web" namespace when the order page loads. */
const catalogues = featureNamespace("cancellation", {
  en: cancellationEn,
  hi: cancellationHi,
  de: cancellationDe,
});

export const cancellationNamespace = catalogues.namespace;

/** `t` for cancelling a booking or some of its tickets. */
export const useCancellationTranslation = catalogues.useTranslation;
