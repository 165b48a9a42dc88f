import { schema } from "@marquee/db";
import { and, desc, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Config } from "../config.ts";
import { DomainError } from "../errors.ts";
import { roleProcedure, router } from "../trpc.ts";
import { createJobProducer, type JobProducer } from "./producer.ts";
import { type QueueKey, queueNames } from "./queues.ts";

const queueKey = z.enum(Object.keys(queueNames) as [QueueKey, ...QueueKey[]]);
const producers = new WeakMap<Config, JobProducer>();
const producerFor = (config: Config) => {
  let producer = producers.get(config);
  if (!producer) {
    producer = createJobProducer(config);
    producers.set(config, producer);
  }
  return producer;
};

const adminProcedure = roleProcedure("admin");

/** The admin's view of background work: queue depths, failed jobs (and retrying them), the outbox. */
export const jobsRouter = router({
  queues: adminProcedure.query(async ({ ctx }) => {
    const producer = producerFor(ctx.config);
    return Promise.all(
      (Object.keys(queueNames) as QueueKey[]).map(async (key) => ({
        queue: key,
        counts: await producer
          .queueFor(key)
          .getJobCounts("waiting", "active", "delayed", "failed", "completed"),
      })),
    );
  }),
  failed: adminProcedure
    .input(
      z.object({
        queue: queueKey,
        limit: z.number().int().min(1).max(100).default(25),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(async ({ ctx, input }) => {
      const jobs = await producerFor(ctx.config)
        .queueFor(input.queue)
        .getFailed(input.offset, input.offset + input.limit - 1);
      return jobs.map((job) => ({
        id: job.id ?? "",
        name: job.name,
        data: job.data as unknown,
        failedReason: job.failedReason,
        attemptsMade: job.attemptsMade,
        createdAt: new Date(job.timestamp),
        finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
      }));
    }),
  retry: adminProcedure
    .input(z.object({ queue: queueKey, jobId: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const job = await producerFor(ctx.config).queueFor(input.queue).getJob(input.jobId);
      if (!job) throw new DomainError("NOT_FOUND", "No such job.");
      if (!(await job.isFailed()))
        throw new DomainError("VALIDATION_FAILED", "Only failed jobs can be retried.");
      await job.retry("failed");
      ctx.log.info(
        { queue: input.queue, jobId: input.jobId, by: ctx.user.id },
        "failed job retried by admin",
      );
      return { retried: true };
    }),
  outbox: adminProcedure.query(async ({ ctx }) => {
    const { outbox } = schema;
    const [backlog] = await ctx.db
      .select({ unpublished: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${outbox.createdAt})` })
      .from(outbox)
      .where(isNull(outbox.publishedAt));
    const setAside = await ctx.db
      .select({ id: outbox.id, type: outbox.type, lastError: outbox.lastError, createdAt: outbox.createdAt })
      .from(outbox)
      .where(and(isNotNull(outbox.publishedAt), isNotNull(outbox.lastError)))
      .orderBy(desc(outbox.id))
      .limit(50);
    return {
      unpublished: backlog?.unpublished ?? 0,
      oldestUnpublishedAt: backlog?.oldest ? new Date(backlog.oldest) : null,
      setAside,
    };
  }),
});
