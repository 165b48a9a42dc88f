import { type Job, Queue, Worker } from "bullmq";
import type { Services } from "../context.ts";
import { type JobName, type JobPayloads, queueNames } from "./queues.ts";

export type Processor<N extends JobName> = (services: Services, payload: JobPayloads[N]) => Promise<unknown>;

export interface ProcessorTable {
  [name: string]: Processor<JobName>;
}

/** Repeatable maintenance jobs: correctness never depends on them, freshness does. */
const repeatable: { name: JobName; everyMs: number; payload: JobPayloads[JobName] }[] = [];

export async function startWorker(services: Services, processors: Partial<{ [N in JobName]: Processor<N> }>) {
  const connection = { url: services.config.REDIS_URL, maxRetriesPerRequest: null };
  const queue = new Queue(queueNames.maintenance, { connection });
  for (const job of repeatable) {
    await queue.upsertJobScheduler(job.name, { every: job.everyMs }, { name: job.name, data: job.payload });
  }
  const worker = new Worker(
    queueNames.maintenance,
    async (job: Job) => {
      const processor = processors[job.name as JobName] as Processor<JobName> | undefined;
      if (!processor) throw new Error(`No processor for job ${job.name}`);
      return processor(services, job.data);
    },
    { connection, concurrency: 4 },
  );
  worker.on("failed", (job, error) => services.log.warn({ job: job?.name, err: error }, "job failed"));
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
