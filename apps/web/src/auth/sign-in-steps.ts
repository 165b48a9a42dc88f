import { errorCodeOf } from "@marquee/ui";

/**
 * What a sign-in still needs after the first factor (password, email link or provider): the
 * code of an enabled second factor, or setting one up when the account's role requires it.
 * The API answers MFA_REQUIRED or MFA_ENROLMENT_REQUIRED with a short-lived token for the step.
 */
export type NextSignInStep =
  | { kind: "code"; challengeToken: string }
  | { kind: "enrol"; enrolmentToken: string };

export function nextSignInStepOf(error: unknown): NextSignInStep | null {
  const code = errorCodeOf(error);
  const details = (error as { data?: { details?: Record<string, unknown> } } | null)?.data?.details;
  if (code === "MFA_REQUIRED" && typeof details?.challengeToken === "string")
    return { kind: "code", challengeToken: details.challengeToken };
  if (code === "MFA_ENROLMENT_REQUIRED" && typeof details?.enrolmentToken === "string")
    return { kind: "enrol", enrolmentToken: details.enrolmentToken };
  return null;
}
