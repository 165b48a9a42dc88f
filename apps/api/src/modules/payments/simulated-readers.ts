import { randomUUID } from "node:crypto";
import type { CardReaderDriver, ReaderState } from "./card-present.ts";
import { GatewayRequestRejected } from "./gateway.ts";

/** What the customer does at a simulated reader. */
export type ReaderBehaviour = "approve" | "decline" | "timeout" | "customer_cancel";

export interface SimulatedReaders extends CardReaderDriver {
  /** The customer's action on the payment the reader is waiting on (tests, demo controls). */
  present(readerId: string, behaviour: ReaderBehaviour): void;
}

interface Intent {
  id: string;
  readerId: string;
  amountMinor: number;
  startedAt: number;
  state: ReaderState;
  refundedMinor: number;
}

const failureCodes: Record<Exclude<ReaderBehaviour, "approve">, string> = {
  decline: "card_declined",
  timeout: "reader_timeout",
  customer_cancel: "customer_cancelled",
};

/**
 * In-process card readers for test mode. A reader holds one payment at a time; the customer's
 * action comes from `present`, or, for demos, an automatic approval after `autoApproveAfterMs`.
 * A payment nobody acts on fails as a reader timeout after `collectTimeoutMs`. State lives in
 * this process only, which is fine for a simulation and nothing else.
 */
export function createSimulatedReaders(
  options: {
    readers?: { id: string; label: string }[];
    autoApproveAfterMs?: number | null;
    collectTimeoutMs?: number;
    now?: () => number;
  } = {},
): SimulatedReaders {
  const readers = options.readers ?? [
    { id: "sim-reader-1", label: "Simulated reader 1" },
    { id: "sim-reader-2", label: "Simulated reader 2" },
  ];
  const now = options.now ?? Date.now;
  const collectTimeoutMs = options.collectTimeoutMs ?? 60_000;
  const intents = new Map<string, Intent>();
  const byKey = new Map<string, string>();
  const current = new Map<string, string>();

  const settle = (intent: Intent): ReaderState => {
    if (intent.state.state === "waiting") {
      const waited = now() - intent.startedAt;
      if (options.autoApproveAfterMs != null && waited >= options.autoApproveAfterMs)
        intent.state = { state: "authorized" };
      else if (waited >= collectTimeoutMs) intent.state = { state: "failed", failureCode: "reader_timeout" };
    }
    return intent.state;
  };
  const intentOf = (id: string) => {
    const intent = intents.get(id);
    if (!intent) throw new GatewayRequestRejected("card_present", "resource_missing");
    return intent;
  };

  return {
    async list() {
      return readers;
    },
    async start({ readerId, amountMinor, idempotencyKey }) {
      const known = byKey.get(idempotencyKey);
      if (known) return known;
      if (!readers.some((r) => r.id === readerId))
        throw new GatewayRequestRejected("card_present", "reader_not_found");
      const busy = intents.get(current.get(readerId) ?? "");
      if (busy && settle(busy).state === "waiting")
        throw new GatewayRequestRejected("card_present", "reader_busy");
      const intent: Intent = {
        id: `sim_tmr_${randomUUID()}`,
        readerId,
        amountMinor,
        startedAt: now(),
        state: { state: "waiting" },
        refundedMinor: 0,
      };
      intents.set(intent.id, intent);
      byKey.set(idempotencyKey, intent.id);
      current.set(readerId, intent.id);
      return intent.id;
    },
    async status(intentId) {
      return settle(intentOf(intentId));
    },
    async capture(intentId) {
      const intent = intentOf(intentId);
      const state = settle(intent);
      if (state.state === "captured") return state.amountMinor;
      if (state.state !== "authorized") throw new GatewayRequestRejected("card_present", "not_authorized");
      intent.state = { state: "captured", amountMinor: intent.amountMinor };
      return intent.amountMinor;
    },
    async cancel(intentId) {
      const intent = intentOf(intentId);
      const state = settle(intent);
      if (state.state === "waiting" || state.state === "authorized")
        intent.state = { state: "failed", failureCode: "canceled" };
    },
    async refund({ intentId, amountMinor, idempotencyKey }) {
      const intent = intentOf(intentId);
      const known = byKey.get(idempotencyKey);
      if (known) return { status: "succeeded", gatewayRef: known };
      if (intent.state.state !== "captured" || intent.refundedMinor + amountMinor > intent.state.amountMinor)
        return { status: "failed", failureCode: "amount_too_large" };
      intent.refundedMinor += amountMinor;
      const ref = `sim_tre_${randomUUID()}`;
      byKey.set(idempotencyKey, ref);
      return { status: "succeeded", gatewayRef: ref };
    },
    present(readerId, behaviour) {
      const intent = intents.get(current.get(readerId) ?? "");
      if (!intent || settle(intent).state !== "waiting")
        throw new Error(`reader ${readerId} is not waiting for a card`);
      intent.state =
        behaviour === "approve"
          ? { state: "authorized" }
          : { state: "failed", failureCode: failureCodes[behaviour] };
    },
  };
}
