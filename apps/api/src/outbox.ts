import { AsyncLocalStorage } from "node:async_hooks";
import { type Database, type DbExecutor, schema } from "@marquee/db";

export interface OutboxEvent {
  aggregateType: "show" | "order" | "hold";
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

const transactionScope = new AsyncLocalStorage<{ wroteOutbox: boolean }>();
const nudgers = new WeakMap<object, () => void>();

/** Written in the same transaction as the state change it announces; the relay publishes it. */
export async function recordOutboxEvents(tx: DbExecutor, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(schema.outbox).values(events);
  outboxWritten(tx);
}

/**
 * Says that `db` wrote outbox rows: inside a transaction the relays hear of it at commit; a
 * single statement outside one (a database function) has committed already, so they hear now.
 */
export function outboxWritten(db: DbExecutor): void {
  const scope = transactionScope.getStore();
  if (scope) scope.wroteOutbox = true;
  else nudgers.get(db)?.();
}

/**
 * Makes every transaction of `db` that wrote outbox rows call `nudge` once it has committed, so
 * relays wake at once instead of at their next poll. (PostgreSQL's NOTIFY would do this inside
 * the database, but it takes a global lock at each commit: an on-sale rush would queue on it.)
 */
export function nudgeRelaysOnCommit(db: Database, nudge: () => void): Database {
  nudgers.set(db, nudge);
  const transaction = db.transaction.bind(db);
  db.transaction = (async (work, config) => {
    const scope = { wroteOutbox: false };
    const result = await transactionScope.run(scope, () => transaction(work, config));
    if (scope.wroteOutbox) nudge();
    return result;
  }) as Database["transaction"];
  return db;
}
