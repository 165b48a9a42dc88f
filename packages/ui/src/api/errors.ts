import { type ErrorCode, isErrorCode } from "@marquee/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** The API's stable codes, plus NETWORK for when no answer arrived at all. */
export type ClientErrorCode = ErrorCode | "NETWORK";

/**
 * The stable code of anything a tRPC call threw. The API puts it at `error.data.code`; a
 * failure without `data` never reached the API (offline, DNS, a proxy's HTML error page).
 */
export function errorCodeOf(error: unknown): ClientErrorCode {
  if (typeof error === "object" && error !== null && "data" in error) {
    const data = (error as { data?: unknown }).data;
    if (typeof data === "object" && data !== null && "code" in data) {
      const code = (data as { code?: unknown }).code;
      if (isErrorCode(code)) return code;
    }
    if (data === undefined || data === null) return "NETWORK";
  }
  if (error instanceof TypeError) return "NETWORK"; // fetch rejects with a TypeError when offline
  return "INTERNAL";
}

/** Field-level problems the API reported for a VALIDATION_FAILED error, keyed by field path. */
export function validationIssuesOf(error: unknown): Record<string, string> {
  const issues =
    typeof error === "object" && error !== null && "data" in error
      ? (error as { data?: { issues?: unknown } }).data?.issues
      : undefined;
  if (!Array.isArray(issues)) return {};
  const byField: Record<string, string> = {};
  for (const issue of issues as { path?: unknown; message?: unknown }[]) {
    if (!Array.isArray(issue.path) || typeof issue.message !== "string") continue;
    const field = issue.path.join(".");
    byField[field] ??= issue.message;
  }
  return byField;
}

/** Whether retrying the same request could help: only when the API was not reached or failed itself. */
export function isRetryable(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === "NETWORK" || code === "INTERNAL" || code === "PAYMENT_GATEWAY_UNAVAILABLE";
}

/** A translated, human message for any error a call threw. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation("common");
  return useCallback((error: unknown) => t(`errors.${errorCodeOf(error)}`), [t]);
}
