import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";

/**
 * A screen's (or component's) own catalogues in a namespace of their own, added to the app's
 * i18next instance the first time it renders: they travel with its code, not the entry chunk.
 */
export function featureNamespace(namespace: string, catalogues: Record<string, object>) {
  const register = (i18n: I18n) => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      if (!i18n.hasResourceBundle(language, namespace))
        i18n.addResourceBundle(language, namespace, catalogue, true, false);
    }
  };
  return {
    namespace,
    register,
    /** `t` for this namespace's strings (other namespaces as "ns:key"). */
    useTranslation() {
      const { i18n } = useTranslation();
      register(i18n);
      return useTranslation(namespace);
    },
  };
}
