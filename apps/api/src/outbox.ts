import { type DbExecutor, schema } from "@marquee/db";

export interface OutboxEvent {
  aggregateType: "show" | "order" | "hold";
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Written in the same transaction as the state change it announces; the relay publishes it. */
export async function recordOutboxEvents(tx: DbExecutor, events: OutboxEvent[]): Promise<void> {
  if (events.length > 0) await tx.insert(schema.outbox).values(events);
}
