import type { SalesChannel, SeatDelta } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { layoutOf, pickFromLayout, type TierLayout } from "./best-available.ts";

const { showSeats, seats, hallSections, shows, outbox } = schema;

/**
 * Best-available under an on-sale rush. Buyers reading the same snapshot would all reach for
 * the same best seats; instead, each process keeps a model of a tier's seats, picks under a
 * per-tier lock and marks the pick taken at once. A pick never waits for the database once the
 * model is loaded: the model learns from this process's own claims at once, and from the show's
 * versioned deltas in the outbox (everyone else's) by a catch-up that runs beside the picks at
 * most every REFRESH_MS (a full reload only when a delta is missing). The conditional UPDATE
 * still decides: the model only makes a good first guess cheap.
 */
interface TierModel {
  version: number;
  layout: TierLayout;
  indexOf: Map<string, number>;
  /** Per seat: epoch ms until which it is taken (0 = free, Infinity = sold, blocked, picked or not for this channel). */
  takenUntil: Float64Array;
  /** When the last catch-up started (performance.now()). */
  checkedAt: number;
  /** A catch-up in flight, so only one runs per model. */
  refreshing: Promise<void> | null;
  /** A delta was missing: the next pick reloads the model. */
  stale: boolean;
}

const REFRESH_MS = 100;
const models = new Map<string, TierModel>();
/** Seats picked here whose claim has not finished yet: never offered twice, even across a reload. */
const inFlight = new Map<string, Set<string>>();
const queues = new Map<string, Promise<unknown>>();
const MODEL_LIMIT = 256;

/** Runs `work` for one key at a time in this process. */
function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const settled = next.then(
    () => {},
    () => {},
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

const tierKey = (showId: string, tierId: string, channel: SalesChannel) => `${showId}:${tierId}:${channel}`;

async function loadModel(
  db: DbExecutor,
  showId: string,
  tierId: string,
  channel: SalesChannel,
): Promise<TierModel> {
  const [show] = await db.select({ version: shows.seatVersion }).from(shows).where(eq(shows.id, showId));
  const rows = await db
    .select({
      id: showSeats.seatId,
      section: hallSections.code,
      row: seats.rowLabel,
      number: seats.number,
      x: seats.x,
      y: seats.y,
      aisleAfter: seats.aisleAfter,
      status: showSeats.status,
      heldUntil: showSeats.heldUntil,
      forChannel: sql<boolean>`(${showSeats.channels} is null or ${channel}::sales_channel = any(${showSeats.channels}))`,
    })
    .from(showSeats)
    .innerJoin(seats, eq(seats.id, showSeats.seatId))
    .innerJoin(hallSections, eq(hallSections.id, seats.sectionId))
    .where(and(eq(showSeats.showId, showId), eq(showSeats.tierId, tierId)));
  const takenUntil = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    if (!row.forChannel || row.status === "sold" || row.status === "blocked")
      takenUntil[i] = Number.POSITIVE_INFINITY;
    else if (row.status === "held") takenUntil[i] = row.heldUntil?.getTime() ?? Number.POSITIVE_INFINITY;
  });
  return {
    version: show?.version ?? 0,
    layout: layoutOf(
      rows.map(({ id, section, row, number, x, y, aisleAfter }) => ({
        id,
        section,
        row,
        number,
        x,
        y,
        aisleAfter,
      })),
    ),
    indexOf: new Map(rows.map((row, i) => [row.id, i])),
    takenUntil,
    checkedAt: performance.now(),
    refreshing: null,
    stale: false,
  };
}

/** Starts a catch-up beside the picks when the model has not looked at the outbox for a while. */
function refreshInBackground(db: DbExecutor, model: TierModel, showId: string): void {
  if (model.refreshing || performance.now() - model.checkedAt < REFRESH_MS) return;
  model.checkedAt = performance.now();
  model.refreshing = catchUp(db, model, showId)
    .then(
      (complete) => {
        if (!complete) model.stale = true;
      },
      () => {
        model.stale = true;
      },
    )
    .finally(() => {
      model.refreshing = null;
    });
}

/** Brings a model up to the show's current version from the outbox deltas; false if one is missing. */
async function catchUp(db: DbExecutor, model: TierModel, showId: string): Promise<boolean> {
  const [show] = await db.select({ version: shows.seatVersion }).from(shows).where(eq(shows.id, showId));
  const current = show?.version ?? 0;
  if (current === model.version) return true;
  if (current - model.version > 500) return false;
  const deltas = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(
      and(
        eq(outbox.aggregateId, showId),
        eq(outbox.type, "seats.changed"),
        gt(sql`(${outbox.payload}->>'version')::bigint`, model.version),
      ),
    )
    .orderBy(asc(outbox.id));
  const ordered = deltas.map((d) => d.payload as unknown as SeatDelta).sort((a, b) => a.version - b.version);
  for (const delta of ordered) {
    if (delta.version !== model.version + 1) return false;
    for (const change of delta.changes) {
      const i = model.indexOf.get(change.seatId);
      // A hold's end time is not in the delta; the sweeper's "available" delta frees it.
      if (i !== undefined) model.takenUntil[i] = change.status === "available" ? 0 : Number.POSITIVE_INFINITY;
    }
    model.version = delta.version;
  }
  // Rows committed after the version was read may have moved the model past it.
  return model.version >= current;
}

export interface Pick {
  seatIds: string[];
  /**
   * Call once the claim has committed (with its expiry) or failed (with the seats it found
   * taken, if any): the model learns the outcome before the next pick.
   */
  settle(outcome: { heldUntil: Date } | { taken: string[] } | null): void;
}

/**
 * Picks the best seats of a tier for a party and keeps them from the next buyer in line until
 * the claim settles. Null when no such seats are left.
 */
export function pickBestAvailable(
  db: DbExecutor,
  pick: { showId: string; tierId: string; channel: SalesChannel; quantity: number; now: Date },
): Promise<Pick | null> {
  const key = tierKey(pick.showId, pick.tierId, pick.channel);
  return serialized(key, async () => {
    let model = models.get(key);
    if (!model || model.stale) {
      model = await loadModel(db, pick.showId, pick.tierId, pick.channel);
      if (models.size >= MODEL_LIMIT) models.delete(models.keys().next().value ?? "");
      models.set(key, model);
    } else {
      refreshInBackground(db, model, pick.showId);
    }
    const current = model;
    const { layout, takenUntil } = current;
    const pending = inFlight.get(key) ?? new Set<string>();
    const at = pick.now.getTime();
    const chosen = pickFromLayout(
      layout,
      (i) => (takenUntil[i] ?? 0) <= at && !pending.has(layout.seats[i]?.id ?? ""),
      pick.quantity,
    );
    if (!chosen) return null;
    const seatIds = chosen.map((i) => layout.seats[i]?.id ?? "");
    for (const id of seatIds) pending.add(id);
    inFlight.set(key, pending);
    return {
      seatIds,
      settle(outcome) {
        const mark = (ids: string[], until: number) => {
          for (const id of ids) {
            const i = current.indexOf.get(id);
            if (i !== undefined) current.takenUntil[i] = until;
          }
        };
        if (outcome && "heldUntil" in outcome) mark(seatIds, outcome.heldUntil.getTime());
        // Taken by someone this model had not heard of: freed again by the delta that frees them.
        else if (outcome) mark(outcome.taken, Number.POSITIVE_INFINITY);
        for (const id of seatIds) pending.delete(id);
        if (pending.size === 0 && inFlight.get(key) === pending) inFlight.delete(key);
      },
    };
  });
}
