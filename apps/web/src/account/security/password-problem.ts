import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@marquee/contracts";
import { errorCodeOf } from "@marquee/ui";

export const passwordRejections = ["breached", "repetitive", "context"] as const;
export type PasswordRejection = (typeof passwordRejections)[number];

/** What is wrong with each field of the change-password form, as message keys of the account namespace. */
export interface PasswordFormProblems {
  current?: { key: string; values?: Record<string, number> };
  next?: { key: string; values?: Record<string, number> };
}

/** Problems the form can see before asking the API: a missing field, length (NIST: length only), no change. */
export function passwordFormProblems(current: string, next: string): PasswordFormProblems {
  if (current.length === 0) return { current: { key: "common:validation.required" } };
  if (next.length < PASSWORD_MIN_LENGTH)
    return { next: { key: "password.tooShort", values: { min: PASSWORD_MIN_LENGTH } } };
  if (next.length > PASSWORD_MAX_LENGTH)
    return { next: { key: "password.tooLong", values: { max: PASSWORD_MAX_LENGTH } } };
  if (next === current) return { next: { key: "password.unchanged" } };
  return {};
}

/**
 * The API's answer placed on the field it is about: a wrong current password, or a new one it
 * refused (PASSWORD_REJECTED with `details.reason`: breached, repetitive or context). Null for
 * anything else, which the form shows as a general error.
 */
export function passwordChangeProblems(error: unknown): PasswordFormProblems | null {
  const code = errorCodeOf(error);
  if (code === "INVALID_CREDENTIALS") return { current: { key: "password.wrongCurrent" } };
  if (code !== "PASSWORD_REJECTED") return null;
  const reason = rejectionReasonOf(error);
  return { next: { key: reason ? `password.rejected.${reason}` : "password.rejected.breached" } };
}

function rejectionReasonOf(error: unknown): PasswordRejection | null {
  const details = (error as { data?: { details?: { reason?: unknown } } } | null)?.data?.details;
  const reason = details?.reason;
  return passwordRejections.find((known) => known === reason) ?? null;
}
