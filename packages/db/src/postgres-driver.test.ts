import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

/*
 * postgres.js 3.4.9 could send a transaction's BEGIN without reserving its connection (when the
 * BEGIN filled the connection's pipeline, or the socket pushed back): the transaction failed with
 * UNSAFE_TRANSACTION and PostgreSQL was left inside it on a connection the pool gave to other
 * queries (porsager/postgres#1189). patches/postgres@3.4.9.patch fixes it; this holds it fixed.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe("the postgres driver", () => {
  it("reserves a transaction's connection even when its BEGIN fills the pipeline", async () => {
    // max_pipeline: an option postgres.js reads but does not declare in its types.
    const pipelineOfOne = { max_pipeline: 1 } as unknown as Record<string, never>;
    const sql = postgres(t.url, { max: 2, onnotice: () => {}, ...pipelineOfOne });
    try {
      await Promise.all([sql`select 1`, sql`select 1`]); // both connections open
      // Both connections busy: the BEGIN is pipelined behind a running query, at the limit.
      const busy = [sql`select pg_sleep(0.05)`.execute(), sql`select pg_sleep(0.05)`.execute()];
      const inTransaction = sql.begin(async (tx) => {
        const [row] = await tx<{ id: string }[]>`select txid_current()::text as id`;
        const [again] = await tx<{ id: string }[]>`select txid_current()::text as id`;
        return row?.id === again?.id;
      });
      const [, , sameTransaction] = await Promise.all([...busy, inTransaction]);
      expect(sameTransaction).toBe(true);
      // No connection was left inside a transaction: statements outside one each get their own.
      const [first] = await sql<{ id: string }[]>`select txid_current()::text as id`;
      const [second] = await sql<{ id: string }[]>`select txid_current()::text as id`;
      expect(first?.id).not.toBe(second?.id);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
