import { randomBytes } from "node:crypto";
import { schema } from "@marquee/db";
import { eq, sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createEvent } from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { addMember, createAccount, failureOf, PASSWORD } from "../../../test/identity.ts";
import { memoryExchange } from "../../../test/memory-exchange.ts";
import { backgroundSettled } from "./background.ts";
import { resolvePrincipal } from "./principal.ts";
import { applyIdentityRetention } from "./retention.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

/** Every text-like column of every table, searched for each needle: where does it still occur? */
async function databaseOccurrences(needles: string[]): Promise<string[]> {
  const columns = await platform.db.execute<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns
     where table_schema = 'public'
       and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'inet', 'ARRAY')`);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const [row] = await platform.db.execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text ilike ${`%${needle}%`}`,
      );
      if ((row?.n ?? 0) > 0) found.push(`${table_name}.${column_name} contains ${needle}`);
    }
  }
  return found;
}

/** Every key (and value) under this test's Redis prefix, searched for each needle. */
async function redisOccurrences(needles: string[]): Promise<string[]> {
  const raw = new Redis(platform.config.REDIS_URL);
  const prefix = String(platform.redis.options.keyPrefix);
  const found: string[] = [];
  try {
    let cursor = "0";
    do {
      const [next, keys] = await raw.scan(cursor, "MATCH", `${prefix}*`, "COUNT", "500");
      cursor = next;
      for (const key of keys) {
        const type = await raw.type(key);
        const value =
          type === "string"
            ? await raw.get(key)
            : type === "hash"
              ? JSON.stringify(await raw.hgetall(key))
              : type === "list"
                ? JSON.stringify(await raw.lrange(key, 0, -1))
                : type === "set"
                  ? JSON.stringify(await raw.smembers(key))
                  : type === "zset"
                    ? JSON.stringify(await raw.zrange(key, "0", "-1"))
                    : "";
        for (const needle of needles) {
          if (`${key} ${value}`.toLowerCase().includes(needle.toLowerCase()))
            found.push(`${key} contains ${needle}`);
        }
      }
    } while (cursor !== "0");
  } finally {
    raw.disconnect();
  }
  return found;
}

describe("erasure", () => {
  it("leaves no personal field of the user in PostgreSQL or Redis, and keeps the financial records", async () => {
    const unique = randomBytes(5).toString("hex");
    const email = `zelda.${unique}@example.test`;
    const name = `Zelda Quux${unique}`;
    const ip = "203.0.113.199";
    const userAgent = `ZeldaBrowser/${unique}`;
    const registered = await platform
      .caller({ ip, http: memoryExchange({ "user-agent": userAgent }) })
      .auth.register({ email, password: PASSWORD, name });
    const user = { id: registered.user.id, role: registered.user.role };
    const as = platform.caller({ user, ip, http: memoryExchange({ "user-agent": userAgent }) });

    // A paid order (payments, tickets, outbox events) under their name.
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const hold = await as.inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(0, 2) });
    const order = await as.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
      customer: { email, name },
    });
    expect(order.status).toBe("confirmed");
    // Traces all over identity and engagement.
    await as.account.setConsent({ channel: "email", granted: true });
    await platform.caller({ ip }).auth.requestPasswordReset({ email });
    await failureOf(platform.caller({ ip }).auth.login({ email, password: "a wrong password" }));
    await as.mfa.beginEnrolment({});
    const event = await createEvent(platform.db, { organizationId: scenario.organizationId });
    await platform.db
      .insert(schema.reviews)
      .values({ userId: user.id, eventId: event.id, rating: 9, body: `Loved it, ${name}` });
    await platform.db
      .insert(schema.interactions)
      .values({ userId: user.id, eventId: event.id, kind: "like" });
    await platform.db
      .insert(schema.notifications)
      .values({ userId: user.id, kind: "hello", title: `Hi ${name}`, body: email });
    await backgroundSettled();

    const needles = [email, name, ip, userAgent];
    expect((await databaseOccurrences(needles)).length).toBeGreaterThan(0);

    await as.account.erase({ confirmation: PASSWORD });
    await backgroundSettled();

    expect(await databaseOccurrences(needles)).toEqual([]);
    expect(await redisOccurrences(needles)).toEqual([]);
    // The money side stays: the order and its payment, pointing at the anonymized row.
    const [kept] = await platform.db.select().from(schema.orders).where(eq(schema.orders.id, order.id));
    expect(kept).toMatchObject({
      status: "confirmed",
      totalMinor: order.price.total.amountMinor,
      userId: user.id,
    });
    const payments = await platform.db
      .select()
      .from(schema.payments)
      .where(eq(schema.payments.orderId, order.id));
    expect(payments).toHaveLength(1);
    // And the account cannot be used any more.
    expect((await failureOf(platform.caller().auth.login({ email, password: PASSWORD }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(
      (
        await resolvePrincipal(
          memoryExchange({ authorization: `Bearer ${registered.accessToken}` }),
          platform,
        )
      ).user,
    ).toBeNull();
  });

  it("needs the password, and a sole organization owner must hand over first", async () => {
    const account = await createAccount(platform.db);
    expect(
      (await failureOf(platform.caller({ user: account }).account.erase({ confirmation: "nope" }))).code,
    ).toBe("INVALID_CREDENTIALS");
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const owner = await createAccount(platform.db, { role: "organizer" });
    await addMember(platform.db, scenario.organizationId, owner.id, "owner");
    expect(
      (await failureOf(platform.caller({ user: owner }).account.erase({ confirmation: PASSWORD }))).code,
    ).toBe("LAST_OWNER");
  });
});

describe("export and consent", () => {
  it("exports the user's data as one JSON document, audited", async () => {
    const account = await createAccount(platform.db);
    const as = platform.caller({ user: account });
    await as.account.setConsent({ channel: "sms", granted: true });
    await as.account.setConsent({ channel: "sms", granted: false });
    const exported = await as.account.exportData();
    expect(exported.format).toBe("marquee-personal-data/1");
    expect(exported.sections.profile).toMatchObject({ email: account.email, name: account.name });
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|argon2/);
    expect(exported.sections.marketingConsents).toHaveLength(2);
    const audit = await platform.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actorUserId, account.id));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["consent.granted", "consent.withdrawn", "user.data_exported"]),
    );
  });

  it("keeps consent as a history whose newest entry per channel counts", async () => {
    const account = await createAccount(platform.db);
    const as = platform.caller({ user: account });
    expect((await as.account.consents()).every((consent) => !consent.granted)).toBe(true);
    await as.account.setConsent({ channel: "email", granted: true });
    platform.clock.advance(1_000);
    const now = await as.account.setConsent({ channel: "push", granted: true });
    expect(now.find((c) => c.channel === "email")?.granted).toBe(true);
    expect(now.find((c) => c.channel === "push")?.granted).toBe(true);
    expect(now.find((c) => c.channel === "sms")).toEqual({ channel: "sms", granted: false, at: null });
  });
});

describe("retention", () => {
  it("removes ended sessions, spent tokens and old audit IPs, and keeps what is current", async () => {
    const account = await createAccount(platform.db);
    const live = await platform
      .caller({ ip: "198.51.100.77" })
      .auth.login({ email: account.email, password: PASSWORD });
    const ended = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    await platform.caller().auth.logout({ refreshToken: ended.refreshToken });
    await platform.caller({ ip: "198.51.100.77" }).auth.requestMagicLink({ email: account.email });
    await backgroundSettled();
    await platform
      .caller({ user: account, ip: "198.51.100.77" })
      .account.setConsent({ channel: "email", granted: true });

    const later = new Date(platform.clock.now().getTime() + 91 * 86_400_000);
    const removed = await applyIdentityRetention(platform.db, later);
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.emailTokens).toBeGreaterThanOrEqual(1);
    expect(removed.auditIps).toBeGreaterThanOrEqual(1);
    const auditIps = await platform.db
      .select({ ip: schema.auditLog.ip })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actorUserId, account.id));
    expect(auditIps.every((row) => row.ip === null)).toBe(true);
    // A session still within its lifetime is kept (the live one expires after 30 days: gone by now too).
    const fresh = await platform.caller().auth.login({ email: account.email, password: PASSWORD });
    await applyIdentityRetention(platform.db, platform.clock.now());
    await platform.caller().auth.refresh({ refreshToken: fresh.refreshToken });
    expect(live.refreshToken).toBeDefined();
  });
});
