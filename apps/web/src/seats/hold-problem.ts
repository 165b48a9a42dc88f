import { type ClientErrorCode, errorCodeOf } from "@marquee/ui";

/** What went wrong holding seats, and so what the screen does next. */
export type HoldProblem =
  /** Some chosen seats went to someone else first: drop them and let the buyer choose again. */
  | { kind: "taken"; seatIds: string[] }
  /** Holding needs an account: go and sign in, then come back to the same choice. */
  | { kind: "signIn" }
  /** Anything else: say what the api said. */
  | { kind: "message"; code: ClientErrorCode };

export function holdProblemOf(error: unknown): HoldProblem {
  const code = errorCodeOf(error);
  if (code === "UNAUTHENTICATED") return { kind: "signIn" };
  if (code === "SEAT_UNAVAILABLE") {
    const details = (error as { data?: { details?: { seatIds?: unknown } } }).data?.details;
    const seatIds = Array.isArray(details?.seatIds)
      ? details.seatIds.filter((id): id is string => typeof id === "string")
      : [];
    return { kind: "taken", seatIds };
  }
  return { kind: "message", code };
}
