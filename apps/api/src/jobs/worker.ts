import { type Job, Queue, Worker } from "bullmq";
import type { Services } from "../context.ts";
import { type JobName, type JobPayloads, queueNames, repeatableJobs } from "./queues.ts";

export type ProcessorTable = {
  [N in JobName]: (services: Services, payload: JobPayloads[N]) => Promise<unknown>;
};

/** Runs the BullMQ processors of the worker role and schedules the repeatable maintenance jobs. */
export async function startWorker(services: Services, processors: ProcessorTable) {
  const connection = { url: services.config.REDIS_URL, maxRetriesPerRequest: null };
  const queue = new Queue(queueNames.maintenance, { connection });
  for (const job of repeatableJobs) {
    await queue.upsertJobScheduler(
      job.name,
      { every: job.everyMs },
      { name: job.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } },
    );
  }
  const worker = new Worker(
    queueNames.maintenance,
    async (job: Job) => {
      const name = job.name as JobName;
      const processor = processors[name] as (services: Services, payload: unknown) => Promise<unknown>;
      if (!processor) throw new Error(`No processor for job ${job.name}`);
      return processor(services, job.data);
    },
    { connection, concurrency: 2 },
  );
  worker.on("failed", (job, error) => services.log.warn({ job: job?.name, err: error }, "job failed"));
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
