export { ApiProvider, createQueryClient } from "./api/ApiProvider.tsx";
export {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  TRPCProvider,
  trpcEndpoint,
  useTRPC,
  useTRPCClient,
} from "./api/client.ts";
export {
  type ClientErrorCode,
  errorCodeOf,
  isRetryable,
  useErrorMessage,
  validationIssuesOf,
} from "./api/errors.ts";
export {
  type Catalogue,
  type CatalogueLoaders,
  commonNamespace,
  createI18n,
  initialLanguage,
  rememberLanguage,
} from "./i18n/create-i18n.ts";
export {
  defaultLanguage,
  isLanguage,
  type Language,
  languageNames,
  languages,
  pickLanguage,
} from "./i18n/languages.ts";
export { commonEn } from "./i18n/locales/common.en.ts";
export { catalogueDifferences, keyPaths, placeholders, type Translation } from "./i18n/messages.ts";
export { useLanguage } from "./i18n/use-language.ts";
export { Money, useFormatMoney } from "./money/Money.tsx";
export { Alert, type AlertTone } from "./primitives/Alert.tsx";
export {
  Button,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
  buttonClasses,
} from "./primitives/Button.tsx";
export * from "./primitives/icons.tsx";
export { Spinner } from "./primitives/Spinner.tsx";
export { PasswordField, TextField, type TextFieldProps } from "./primitives/TextField.tsx";
export { MarqueeMark, Wordmark } from "./primitives/Wordmark.tsx";
export { createSessionStore, type Session, type SessionStore, useSession } from "./session/session-store.ts";
export { useNow } from "./time/use-now.ts";
