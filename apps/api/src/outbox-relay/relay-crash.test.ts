import type { AppRouter } from "@marquee/api/router";
import { schema } from "@marquee/db";
import { createRealtimeClient } from "@marquee/realtime";
import { createTRPCClient, httpLink } from "@trpc/client";
import { eq, isNull, sql } from "drizzle-orm";
import postgres from "postgres";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../test/harness.ts";
import { expectInvariants } from "../../test/invariants.ts";
import {
  type ApiProcess,
  eventually,
  isolatedEnv,
  type ProcessEnv,
  startApiProcess,
} from "../../test/processes.ts";

let platform: TestPlatform;
let env: ProcessEnv;
let server: ApiProcess;
const workers: ApiProcess[] = [];

beforeAll(async () => {
  platform = await createTestPlatform();
  env = isolatedEnv(platform.database.url);
  server = await startApiProcess("server", env);
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.stop(), ...workers.map((w) => w.stop())]);
  if (platform) {
    await expectInvariants(platform.db);
    await platform.close();
  }
});

async function countUnpublished() {
  const [row] = await platform.db
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.outbox)
    .where(isNull(schema.outbox.publishedAt));
  return row?.count ?? -1;
}

describe("outbox relay crash", () => {
  it("a relay killed mid-batch loses nothing: the next relays publish the whole batch again, once", async () => {
    const scenario = await createShowScenario(platform.db, new Date(), { rows: 2, seatsPerRow: 20 });
    const [user] = await createUsers(platform.db, 1);
    const buyer = platform.caller({ user });
    const anonymous = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });
    const client = createRealtimeClient({ url: server.url });
    const live = client.watchShow(scenario.showId, () =>
      anonymous.inventory.seatMap.query({ showId: scenario.showId }),
    );
    await eventually(() => live.status === "live", { what: "the map to go live" });

    // No relay runs yet: a backlog of 40 seat deltas and an order confirmation builds up.
    for (const seatId of scenario.seatIds.slice(0, 19)) {
      const hold = await buyer.inventory.hold({ showId: scenario.showId, seatIds: [seatId] });
      await buyer.inventory.release({ holdId: hold.holdId });
    }
    const hold = await buyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[19]!] });
    const order = await buyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    const backlog = await countUnpublished();
    const finalVersion = 40;
    expect(backlog).toBeGreaterThanOrEqual(finalVersion + 1);

    // SHARE mode lets a relay claim and publish its batch but not mark it done: it is caught
    // mid-batch, after publishing, before COMMIT.
    const locker = postgres(platform.database.url, { max: 1, onnotice: () => {} });
    const reserved = await locker.reserve();
    await reserved`begin`;
    await reserved`lock table outbox in share mode`;
    const doomed = await startApiProcess("worker", env);
    workers.push(doomed);
    await eventually(() => live.map?.version === finalVersion, { what: "the doomed relay's deltas" });
    await eventually(
      async () => {
        const [waiting] = await platform.db.execute<{ count: number }>(sql`
          select count(*)::int as count from pg_locks where not granted and relation = 'outbox'::regclass
          and database = (select oid from pg_database where datname = current_database())`);
        return (waiting?.count ?? 0) > 0;
      },
      { what: "the relay to be stuck marking its batch" },
    );
    expect(await countUnpublished()).toBe(backlog);
    await doomed.kill();
    await reserved`rollback`;
    reserved.release();
    await locker.end();
    expect(await countUnpublished()).toBe(backlog);

    // Two relays take over at once; between them each row goes out once more.
    workers.push(...(await Promise.all([startApiProcess("worker", env), startApiProcess("worker", env)])));
    await eventually(async () => (await countUnpublished()) === 0, { what: "the backlog to drain" });
    await eventually(() => live.stats.duplicates === finalVersion, { what: "the redelivered deltas" });
    const attempts = await platform.db
      .select({ attempts: schema.outbox.attempts })
      .from(schema.outbox)
      .where(eq(schema.outbox.aggregateId, scenario.showId));
    expect(attempts.every((row) => row.attempts === 1)).toBe(true);
    expect(live.map?.version).toBe(finalVersion);
    expect(live.stats).toMatchObject({ gaps: 0, snapshots: 1, applied: finalVersion });
    const fresh = await anonymous.inventory.seatMap.query({ showId: scenario.showId });
    expect(live.map?.seats.map((s) => s.status)).toEqual(fresh.seats.map((s) => s.status));

    // The order's receipt job was queued twice under one job id: one set of documents, one email.
    // If the killed worker had already taken that job, BullMQ hands it on once its lock lapses
    // (JOB_LOCK_MS): at least once there too.
    await eventually(
      async () =>
        (await platform.db.select().from(schema.mailLog).where(isNull(schema.mailLog.sentAt))).length === 0 &&
        (await platform.db.select().from(schema.mailLog)).length === 1,
      { what: "the confirmation email", timeoutMs: 45_000 },
    );
    const documents = await platform.db
      .select({ kind: schema.orderDocuments.kind })
      .from(schema.orderDocuments)
      .where(eq(schema.orderDocuments.orderId, order.id));
    expect(documents.map((d) => d.kind).sort()).toEqual(["receipt", "tickets"]);
    client.close();
  }, 180_000);
});
