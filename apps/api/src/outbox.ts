import { type Database, type DbExecutor, reusableInsert, schema } from "@marquee/db";

export interface OutboxEvent {
  aggregateType: "show" | "order" | "hold";
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Open transactions of databases that nudge relays, and whether each has written outbox rows. */
const openTransactions = new WeakMap<object, { wroteOutbox: boolean }>();
const nudgers = new WeakMap<object, () => void>();

const insertOutboxRows = reusableInsert("outbox_events", schema.outbox);

/** Written in the same transaction as the state change it announces; the relay publishes it. */
export async function recordOutboxEvents(tx: DbExecutor, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertOutboxRows(tx, events);
  outboxWritten(tx);
}

/**
 * Says that `db` wrote outbox rows: inside a transaction the relays hear of it at commit; a
 * single statement outside one (a database function) has committed already, so they hear now.
 */
export function outboxWritten(db: DbExecutor): void {
  const scope = openTransactions.get(db);
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
    // Keyed by the transaction handle itself: no async context to carry (AsyncLocalStorage
    // would turn on promise hooks for the whole process, a cost on every await).
    const result = await transaction((tx) => {
      openTransactions.set(tx, scope);
      return work(tx);
    }, config);
    if (scope.wroteOutbox) nudge();
    return result;
  }) as Database["transaction"];
  return db;
}
