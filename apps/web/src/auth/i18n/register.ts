import { featureNamespace } from "@marquee/ui/feature-namespace";
import { authDe } from "./de.ts";
import { authEn } from "./en.ts";
import { authHi } from "./hi.ts";

/** The sign-in flows' own catalogues, added beside the app's "web" namespace when a screen loads. */
const catalogues = featureNamespace("auth", { en: authEn, hi: authHi, de: authDe });

export const authNamespace = catalogues.namespace;

/** `t` for the sign-in flows' strings. */
export const useAuthTranslation = catalogues.useTranslation;
