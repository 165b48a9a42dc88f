import { randomBytes } from "node:crypto";
import { schema } from "@marquee/db";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { buildHttpServer } from "../src/http/server.ts";
import { hashDeviceSecret } from "../src/modules/identity/principal.ts";
import { appRouter } from "../src/router.ts";
import { createShowScenario } from "./fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "./harness.ts";
import { addMember, createAccount } from "./identity.ts";
import { inputArbitrary, malformedFrom } from "./zod-arbitrary.ts";

/*
 * Every tRPC procedure, over real HTTP, with inputs generated from its zod schema and with
 * malformed variants, as each kind of caller: never a 5xx, never a stack trace, file path or
 * SQL text in the response.
 */

/** Runs per procedure and kind of input; FUZZ_RUNS=200 for a long soak. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

interface Procedure {
  _def: { type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] };
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).filter(
  ([, procedure]) => procedure._def.type !== "subscription",
);

/** What must never reach a client. */
const leaks: [string, RegExp][] = [
  ["stack trace", /\bat [\w$.<>]+ \(|"stack"\s*:/],
  ["source path", /\.(ts|js|mjs):\d+:\d+|node_modules|\/work\//],
  ["SQL", /\b(select|insert into|update|delete from)\b[^"]{0,120}\b(from|set|values|where)\b/i],
  [
    "database error",
    /violates|duplicate key|syntax error at|relation "|column "|PostgresError|DrizzleQueryError|ECONNREFUSED/,
  ],
];

let platform: TestPlatform;
let app: Awaited<ReturnType<typeof buildHttpServer>>;
let callers: Array<{ name: string; headers: () => Promise<Record<string, string>> }>;

beforeAll(async () => {
  platform = await createTestPlatform({ RATE_LIMITS: "off" });
  const scenario = await createShowScenario(platform.db, platform.clock.now());
  const buyer = await createAccount(platform.db);
  const owner = await createAccount(platform.db, { role: "organizer" });
  await addMember(platform.db, scenario.organizationId, owner.id, "owner");
  const admin = await createAccount(platform.db, { role: "admin" });
  const cashier = await createAccount(platform.db, { role: "cashier" });
  await platform.db.insert(schema.cashierVenues).values({ userId: cashier.id, venueId: scenario.venueId });
  const secret = randomBytes(24).toString("base64url");
  const [terminal] = await platform.db
    .insert(schema.terminals)
    .values({
      organizationId: scenario.organizationId,
      venueId: scenario.venueId,
      kind: "boxoffice",
      name: "Fuzz counter",
      credentialHash: hashDeviceSecret(secret),
      pairedAt: new Date(),
    })
    .returning({ id: schema.terminals.id });
  const terminalId = terminal?.id ?? "";
  // Fresh tokens per request: a fuzzed logoutEverywhere must not turn later calls anonymous.
  const bearer = async (
    user: { id: string; role: "buyer" | "organizer" | "admin" | "cashier" },
    tid?: string,
  ) => `Bearer ${await platform.tokens.issue({ userId: user.id, role: user.role, terminalId: tid })}`;
  callers = [
    { name: "anonymous", headers: async () => ({}) },
    { name: "buyer", headers: async () => ({ authorization: await bearer(buyer) }) },
    { name: "owner", headers: async () => ({ authorization: await bearer(owner) }) },
    { name: "admin", headers: async () => ({ authorization: await bearer(admin) }) },
    {
      name: "counter",
      headers: async () => ({
        authorization: await bearer(cashier, terminalId),
        "x-marquee-device": `${terminalId}.${secret}`,
      }),
    },
  ];
  app = await buildHttpServer(platform);
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
  await platform?.close();
});

async function send(
  path: string,
  type: "query" | "mutation",
  body: string | undefined,
  headers: Record<string, string>,
) {
  if (type === "query") {
    const query = body === undefined ? "" : `?input=${encodeURIComponent(body)}`;
    return app.inject({ method: "GET", url: `/trpc/${path}${query}`, headers });
  }
  return app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { "content-type": "application/json", ...headers },
    payload: body ?? "",
  });
}

/**
 * Stable codes whose declared transport is 503: a dependency that is really down (a payment
 * gateway not configured or unreachable). Anything else at 5xx is a crash.
 */
const declaredUnavailable = new Set(["PAYMENT_GATEWAY_UNAVAILABLE"]);

function assertSafe(label: string, response: { statusCode: number; body: string }) {
  const declared =
    response.statusCode === 503 &&
    [...declaredUnavailable].some((code) => response.body.includes(`"code":"${code}"`));
  if (!declared) {
    expect(
      response.statusCode,
      `${label} answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
    ).toBeLessThan(500);
  }
  for (const [what, pattern] of leaks) {
    expect(pattern.test(response.body), `${label} leaked ${what}: ${response.body.slice(0, 300)}`).toBe(
      false,
    );
  }
}

/** superjson as the real client sends it; values it refuses to encode (`__proto__` keys) go as raw JSON. */
function encode(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return `{"json":${JSON.stringify(input) ?? "null"}}`;
  }
}

describe("fuzzing every procedure", () => {
  it("has procedures to fuzz", () => {
    expect(procedures.length).toBeGreaterThan(50);
  });

  for (const [path, procedure] of procedures) {
    const valid = inputArbitrary(procedure._def.inputs[0]);
    const { type } = procedure._def;
    if (type === "subscription") continue;

    it(`${path}: generated inputs never cause a 5xx or leak internals`, async () => {
      await fc.assert(
        fc.asyncProperty(valid, fc.nat({ max: 4 }), async (input, who) => {
          const caller = callers[who % callers.length];
          if (!caller) return;
          assertSafe(
            `${path} as ${caller.name}`,
            await send(path, type, encode(input), await caller.headers()),
          );
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }, 120_000);

    it(`${path}: malformed inputs are refused cleanly`, async () => {
      await fc.assert(
        fc.asyncProperty(malformedFrom(valid), fc.nat({ max: 4 }), async (input, who) => {
          const caller = callers[who % callers.length];
          if (!caller) return;
          assertSafe(
            `${path} as ${caller.name}`,
            await send(path, type, encode(input), await caller.headers()),
          );
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      const headers = await (callers[1]?.headers() ?? Promise.resolve({}));
      for (const raw of [
        "{",
        "not json",
        '{"json":',
        '{"json":{"a":1},"meta":{"values":{"a":["Date"]}}}',
        "[]",
        "null",
      ]) {
        assertSafe(`${path} with raw body ${raw}`, await send(path, type, raw, headers));
      }
    }, 120_000);
  }
});

describe("transport limits", () => {
  it("refuses an oversized body with 413, not a crash", async () => {
    const response = await send(
      "auth.login",
      "mutation",
      JSON.stringify({ json: { email: "x".repeat(2_000_000) } }),
      {},
    );
    expect(response.statusCode).toBe(413);
  });
});
