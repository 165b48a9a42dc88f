import { errorCodeOf } from "../api/errors.ts";
import type { PairOutcome } from "./bridge.ts";

/** Why pairing a terminal failed, in the words a pairing screen needs (each app says them in its language). */
export type PairingProblem =
  /** Wrong, already used or expired: the API does not say which, so a guesser learns nothing. */
  | "code-invalid"
  | "rate-limited"
  | "offline"
  /** The desktop shell refused to keep the credential (no keychain, already paired, damaged key). */
  | "no-encryption"
  | "already-paired"
  | "failed";

type Refusal = Extract<PairOutcome, { ok: false }>["reason"];

/** The desktop shell said no after the API said yes. */
export class PairingRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(`The terminal refused to keep its credential: ${reason}`);
    this.name = "PairingRefused";
  }
}

export function pairingProblemOf(error: unknown): PairingProblem {
  if (error instanceof PairingRefused) {
    return error.reason === "invalid-key" ? "failed" : error.reason;
  }
  switch (errorCodeOf(error)) {
    case "PAIRING_CODE_INVALID":
    case "VALIDATION_FAILED":
      return "code-invalid";
    case "RATE_LIMITED":
      return "rate-limited";
    case "NETWORK":
      return "offline";
    default:
      return "failed";
  }
}
