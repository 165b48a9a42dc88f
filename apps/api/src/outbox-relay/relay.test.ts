import type { SeatDelta } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { asc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario } from "../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../test/harness.ts";
import { eventually } from "../../test/processes.ts";
import type { JobRequest } from "../jobs/producer.ts";
import { recordSeatChanges } from "../modules/inventory/seat-changes.ts";
import type { RealtimePublisher } from "../modules/realtime/publisher.ts";
import { type RelayTargets, relayBatch, startOutboxRelay } from "./relay.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(async () => {
  await platform.close();
});

/** Relay targets that record what was published, in the order relays published it. */
function recordingTargets(log: { relay: string; delta: SeatDelta }[], relay: string, failFlushes = 0) {
  let failuresLeft = failFlushes;
  const jobs: JobRequest[] = [];
  const realtime = {
    seatDeltas: (_showId: string, deltas: SeatDelta[]) => {
      for (const delta of deltas) log.push({ relay, delta });
    },
    holdUpdate: () => {},
    orderUpdate: () => {},
    notification: () => {},
    async flush() {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error("redis went away");
      }
    },
    async close() {},
  } satisfies RealtimePublisher;
  const targets: RelayTargets = {
    realtime,
    jobs: {
      async enqueue(requests) {
        jobs.push(...requests);
      },
    },
  };
  return { targets, jobs };
}

const relayConfig = (batchSize: number) => ({
  ...platform.config,
  OUTBOX_BATCH_SIZE: batchSize,
  OUTBOX_POLL_MS: 5,
});

async function unpublished(): Promise<number> {
  const [row] = await platform.db
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.outbox)
    .where(isNull(schema.outbox.publishedAt));
  return row?.count ?? -1;
}

describe("outbox relay", () => {
  it("publishes every event exactly once and in order per show, with three relays racing the writers", async () => {
    const shows = await Promise.all(
      Array.from({ length: 4 }, () =>
        createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 5 }),
      ),
    );
    const published: { relay: string; delta: SeatDelta }[] = [];
    const relays = ["a", "b", "c"].map((name) =>
      startOutboxRelay(
        { db: platform.db, log: platform.log, config: relayConfig(7) },
        recordingTargets(published, name).targets,
      ),
    );
    const perShow = 60;
    // Writers commit concurrently, across shows, while the relays drain.
    await Promise.all(
      shows.map(async (show) => {
        for (let i = 0; i < perShow; i++) {
          await platform.db.transaction((tx) =>
            recordSeatChanges(tx, show.showId, [
              { seatId: show.seatIds[i % 5]!, status: i % 2 ? "available" : "held" },
            ]),
          );
        }
      }),
    );
    await eventually(async () => (await unpublished()) === 0 && published.length >= shows.length * perShow, {
      what: "the relays to drain",
    });
    await Promise.all(relays.map((relay) => relay.close()));

    expect(published).toHaveLength(shows.length * perShow);
    for (const show of shows) {
      const versions = published.filter((p) => p.delta.showId === show.showId).map((p) => p.delta.version);
      expect(versions).toEqual(Array.from({ length: perShow }, (_, i) => i + 1));
    }
  });

  it("leaves a batch whose publishing failed unpublished, and publishes it on the next try", async () => {
    const show = await createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 3 });
    for (const seatId of show.seatIds)
      await platform.db.transaction((tx) => recordSeatChanges(tx, show.showId, [{ seatId, status: "held" }]));
    const published: { relay: string; delta: SeatDelta }[] = [];
    const relay = startOutboxRelay(
      { db: platform.db, log: platform.log, config: relayConfig(100) },
      recordingTargets(published, "flaky", 1).targets,
    );
    await eventually(async () => (await unpublished()) === 0, { what: "the retry" });
    await relay.close();
    const rows = await platform.db
      .select({ attempts: schema.outbox.attempts, lastError: schema.outbox.lastError })
      .from(schema.outbox)
      .where(eq(schema.outbox.aggregateId, show.showId))
      .orderBy(asc(schema.outbox.id));
    // The failed attempt is noted on the oldest row; every row is marked done once.
    expect(rows[0]).toEqual({ attempts: 2, lastError: "redis went away" });
    expect(rows.slice(1).map((r) => r.attempts)).toEqual([1, 1]);
    // At least once: the failed batch's deltas went out again.
    const versions = published.map((p) => p.delta.version);
    expect(versions.slice(-3)).toEqual([1, 2, 3]);
    expect(versions.length).toBeGreaterThanOrEqual(3);
  });

  it("sets aside an event that can never be published and carries on", async () => {
    const show = await createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 2 });
    await platform.db.insert(schema.outbox).values({
      aggregateType: "show",
      aggregateId: show.showId,
      type: "seats.changed",
      payload: { nonsense: true },
    });
    await platform.db.transaction((tx) =>
      recordSeatChanges(tx, show.showId, [{ seatId: show.seatIds[0]!, status: "held" }]),
    );
    const published: { relay: string; delta: SeatDelta }[] = [];
    const { targets, jobs } = recordingTargets(published, "one");
    await platform.db.insert(schema.outbox).values({
      aggregateType: "order",
      aggregateId: show.showId,
      type: "order.confirmed",
      payload: { orderId: show.showId, userId: null },
    });
    const relay = startOutboxRelay({ db: platform.db, log: platform.log, config: relayConfig(50) }, targets);
    await eventually(async () => (await unpublished()) === 0, { what: "the relay" });
    await relay.close();
    const [setAside] = await platform.db
      .select({ lastError: schema.outbox.lastError })
      .from(schema.outbox)
      .where(sql`${schema.outbox.payload} ? 'nonsense'`);
    expect(setAside?.lastError).toMatch(/not a seat delta/);
    expect(published.map((p) => p.delta.showId)).toContain(show.showId);
    expect(jobs.map((job) => job.name).sort()).toEqual(["issue-order-documents", "notify-order-event"]);
  });

  it("holds back a show's later rows while another relay holds an earlier one, and publishes them after", async () => {
    const [held, free] = await Promise.all([
      createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 3 }),
      createShowScenario(platform.db, new Date(), { rows: 1, seatsPerRow: 3 }),
    ]);
    for (const show of [held, free])
      for (const seatId of show.seatIds)
        await platform.db.transaction((tx) =>
          recordSeatChanges(tx, show.showId, [{ seatId, status: "held" }]),
        );
    const [first] = await platform.db
      .select({ id: schema.outbox.id })
      .from(schema.outbox)
      .where(eq(schema.outbox.aggregateId, held.showId))
      .orderBy(asc(schema.outbox.id))
      .limit(1);
    const published: { relay: string; delta: SeatDelta }[] = [];
    const { targets } = recordingTargets(published, "one");
    const batch = () => relayBatch(platform.db, targets, { batchSize: 100, log: platform.log });
    // Another relay is in the middle of publishing the held show's first row.
    await platform.db.transaction(async (tx) => {
      await tx.execute(sql`select id from ${schema.outbox} where id = ${first?.id} for update`);
      await batch();
    });
    const versionsOf = (showId: string) =>
      published.filter((p) => p.delta.showId === showId).map((p) => p.delta.version);
    expect(versionsOf(free.showId)).toEqual([1, 2, 3]);
    expect(versionsOf(held.showId)).toEqual([]);
    await batch();
    expect(versionsOf(held.showId)).toEqual([1, 2, 3]);
    expect(await unpublished()).toBe(0);
  });
});
