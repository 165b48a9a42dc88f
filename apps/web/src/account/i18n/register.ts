import { featureNamespace } from "@marquee/ui/feature-namespace";
import { accountDe } from "./de.ts";
import { accountEn } from "./en.ts";
import { accountHi } from "./hi.ts";

/** The account screen's own catalogues, added beside the app's "web" namespace when the screen loads. */
const catalogues = featureNamespace("account", { en: accountEn, hi: accountHi, de: accountDe });

export const accountNamespace = catalogues.namespace;

/** `t` for the account screen's strings. */
export const useAccountTranslation = catalogues.useTranslation;
