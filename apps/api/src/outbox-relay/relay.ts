import type { SeatDelta } from "@marquee/contracts";
import { type Database, type DbExecutor, schema } from "@marquee/db";
import { inArray, isNull, sql } from "drizzle-orm";
import { Redis } from "ioredis";
import type { Services } from "../context.ts";
import { redisNames } from "../infra/redis-names.ts";
import { createJobProducer, type JobProducer } from "../jobs/producer.ts";
import type { Logger } from "../logger.ts";
import { createRealtimePublisher, type RealtimePublisher } from "../modules/realtime/publisher.ts";
import { type OutboxRow, type Publication, publicationFor, UndeliverableEvent } from "./routes.ts";

const { outbox } = schema;

export interface RelayTargets {
  realtime: RealtimePublisher;
  jobs: Pick<JobProducer, "enqueue">;
}

export interface RelayBatchResult {
  /** Rows claimed by this relay in this batch. */
  claimed: number;
  /** Rows published and marked done (including undeliverable ones set aside). */
  done: number;
}

/**
 * One batch, in one transaction: claim the oldest unpublished rows no other relay holds
 * (SKIP LOCKED), leave out any whose aggregate has an earlier row still unpublished (another
 * relay has it, so publishing this one now would overtake it), publish the rest in id order,
 * and mark them done. A crash anywhere before COMMIT leaves every row of the batch
 * unpublished and unlocked for the next relay: at least once, in order per aggregate.
 */
export async function relayBatch(
  db: Database,
  targets: RelayTargets,
  options: { batchSize: number; log: Logger },
): Promise<RelayBatchResult> {
  return db.transaction(async (tx) => {
    const claimed = await claimBatch(tx, options.batchSize);
    if (claimed.length === 0) return { claimed: 0, done: 0 };
    const ready = claimed.filter((row) => !row.blocked);

    const published: number[] = [];
    const undeliverable: { id: number; error: string }[] = [];
    const jobs: Publication["jobs"] = [];
    const seatDeltas = new Map<string, SeatDelta[]>();
    for (const row of ready) {
      let publication: Publication;
      try {
        publication = publicationFor(row);
      } catch (error) {
        if (!(error instanceof UndeliverableEvent)) throw error;
        options.log.error({ outboxId: row.id, type: row.type, err: error }, "outbox event set aside");
        undeliverable.push({ id: row.id, error: error.message });
        continue;
      }
      if (publication.seatDelta) {
        const { showId } = publication.seatDelta;
        seatDeltas.set(showId, [...(seatDeltas.get(showId) ?? []), publication.seatDelta]);
      }
      for (const push of publication.pushes) push(targets.realtime);
      jobs.push(...publication.jobs);
      published.push(row.id);
    }
    // A show's deltas of this batch go out as one frame; everything goes out on one Redis
    // connection, so order holds.
    for (const [showId, deltas] of seatDeltas) targets.realtime.seatDeltas(showId, deltas);
    await Promise.all([targets.realtime.flush(), jobs.length > 0 ? targets.jobs.enqueue(jobs) : undefined]);

    if (published.length > 0)
      await tx
        .update(outbox)
        .set({ publishedAt: sql`now()`, attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, published));
    for (const row of undeliverable)
      await tx
        .update(outbox)
        .set({ publishedAt: sql`now()`, attempts: sql`${outbox.attempts} + 1`, lastError: row.error })
        .where(inArray(outbox.id, [row.id]));
    return { claimed: claimed.length, done: published.length + undeliverable.length };
  });
}

/**
 * Claims the oldest unpublished rows no other relay holds, and marks each row that an earlier
 * unpublished row of its aggregate, held by another relay, must go before. One round trip:
 * the batch's publishing waits on nothing else.
 */
async function claimBatch(tx: DbExecutor, batchSize: number): Promise<(OutboxRow & { blocked: boolean })[]> {
  const rows = await tx.execute<{
    id: string | number;
    aggregateType: string;
    aggregateId: string;
    type: string;
    payload: Record<string, unknown>;
    blocked: boolean;
  }>(sql`
    with claimed as (
      select id, aggregate_type, aggregate_id, type, payload from ${outbox}
      where published_at is null
      order by id
      limit ${batchSize}
      for update skip locked
    )
    select c.id, c.aggregate_type as "aggregateType", c.aggregate_id as "aggregateId", c.type, c.payload,
      exists (
        select 1 from ${outbox} earlier
        where earlier.published_at is null and earlier.aggregate_id = c.aggregate_id
          and earlier.id < c.id and earlier.id not in (select id from claimed)
      ) as blocked
    from claimed c
    order by c.id`);
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

async function hasUnpublished(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: outbox.id }).from(outbox).where(isNull(outbox.publishedAt)).limit(1);
  return row !== undefined;
}

/** Notes a failed attempt on the oldest unpublished row, so a stuck relay shows in the table. */
async function recordFailure(db: Database, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await db.execute(sql`
    update ${outbox} set attempts = attempts + 1, last_error = ${message.slice(0, 2_000)}
    where id = (select id from ${outbox} where published_at is null order by id limit 1 for update skip locked)`);
}

export interface OutboxRelay {
  /** Resolves when the loop has stopped and its connections are closed. */
  close(): Promise<void>;
}

/**
 * The worker role's relay loop: drains batches back to back while there is work, then polls.
 * It polls rather than LISTENs on purpose: a NOTIFY in every booking transaction would take
 * PostgreSQL's global notify lock at each commit and serialize commits during an on-sale rush.
 */
export function startOutboxRelay(
  services: Pick<Services, "db" | "config" | "log">,
  targets?: RelayTargets,
): OutboxRelay {
  const { db, config, log } = services;
  const owned = targets
    ? null
    : {
        realtime: createRealtimePublisher(config),
        jobs: createJobProducer(config),
      };
  const relayTargets = targets ?? (owned as RelayTargets);
  let running = true;
  let nudged = false;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (nudged || !running) {
        nudged = false;
        resolve();
        return;
      }
      const timer = setTimeout(resolve, ms);
      wake = () => {
        wake = null;
        clearTimeout(timer);
        resolve();
      };
    });
  // Api processes announce their commits: a relay wakes at once and polls only as a fallback.
  const listener = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  listener.on("error", (error) => log.debug({ err: error }, "outbox nudge listener"));
  void listener.subscribe(redisNames(config).outboxNudge).catch(() => {});
  listener.on("message", () => {
    nudged = true;
    wake?.();
  });

  const loop = (async () => {
    let failures = 0;
    let idle = false;
    while (running) {
      try {
        // While idle, one index-only probe per poll instead of a transaction.
        const woken = nudged;
        nudged = false;
        if (idle && !woken && !(await hasUnpublished(db))) {
          await pause(config.OUTBOX_POLL_MS);
          continue;
        }
        const { claimed, done } = await relayBatch(db, relayTargets, {
          batchSize: config.OUTBOX_BATCH_SIZE,
          log,
        });
        failures = 0;
        idle = claimed === 0;
        // A full batch means more is waiting; a batch held back by another relay is not.
        if (claimed === config.OUTBOX_BATCH_SIZE && done > 0) continue;
        await pause(config.OUTBOX_POLL_MS);
      } catch (error) {
        failures += 1;
        if (!running) break;
        log.warn({ err: error, failures }, "outbox relay batch failed; retrying");
        await recordFailure(db, error).catch(() => {});
        await pause(Math.min(config.OUTBOX_POLL_MS * 2 ** failures, 5_000));
      }
    }
  })();

  return {
    async close() {
      running = false;
      wake?.();
      await loop;
      listener.disconnect();
      if (owned) {
        await owned.realtime.close();
        await owned.jobs.close();
      }
    },
  };
}
