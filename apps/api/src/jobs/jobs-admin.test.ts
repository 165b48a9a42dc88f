import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../test/errors.ts";
import { createUsers } from "../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../test/harness.ts";
import { eventually } from "../../test/processes.ts";
import { processors } from "./processors.ts";
import { createJobProducer } from "./producer.ts";
import { type ProcessorTable, startWorker } from "./worker.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform({ REDIS_PREFIX: `test-${randomBytes(4).toString("hex")}` });
});
afterAll(async () => {
  await platform.close();
});

describe("failed jobs", () => {
  it("are listed for admins only, and an admin's retry runs them again", async () => {
    let attempts = 0;
    const flaky: ProcessorTable = {
      ...processors,
      "issue-order-documents": async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("the PDF renderer fell over");
        return { rendered: true };
      },
    };
    const worker = await startWorker(platform, flaky);
    const producer = createJobProducer(platform.config);
    try {
      const orderId = "0191e8a0-0000-7000-8000-000000000001";
      await producer
        .queueFor("receipts")
        .add("issue-order-documents", { orderId }, { jobId: "flaky-once", attempts: 1 });
      const [admin] = await createUsers(platform.db, 1, "admin");
      const [buyer] = await createUsers(platform.db, 1);
      const asAdmin = platform.caller({ user: admin });
      const failed = await eventually(
        async () => {
          const list = await asAdmin.jobs.failed({ queue: "receipts" });
          return list.length > 0 && list;
        },
        { what: "the failed job" },
      );
      expect(failed[0]).toMatchObject({
        id: "flaky-once",
        failedReason: "the PDF renderer fell over",
        data: { orderId },
      });
      expect(
        (await errorOf(platform.caller({ user: buyer }).jobs.failed({ queue: "receipts" }))).appCode,
      ).toBe("FORBIDDEN");
      const queues = await asAdmin.jobs.queues();
      expect(queues.find((q) => q.queue === "receipts")?.counts.failed).toBe(1);

      expect(await asAdmin.jobs.retry({ queue: "receipts", jobId: "flaky-once" })).toEqual({ retried: true });
      await eventually(
        async () => (await producer.queueFor("receipts").getJob("flaky-once"))?.isCompleted(),
        {
          what: "the retried job to pass",
        },
      );
      expect(await asAdmin.jobs.failed({ queue: "receipts" })).toEqual([]);
      expect(attempts).toBe(2);
      expect((await asAdmin.jobs.outbox()).unpublished).toBe(0);
    } finally {
      await producer.close();
      await worker.close();
    }
  });
});
