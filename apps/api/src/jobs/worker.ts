import { type Job, Queue, Worker } from "bullmq";
import type { Services } from "../context.ts";
import { redisNames } from "../infra/redis-names.ts";
import { createMailer, type Mailer } from "../mail/mailer.ts";
import { createRealtimePublisher, type RealtimePublisher } from "../modules/realtime/publisher.ts";
import { bullConnection } from "./producer.ts";
import {
  type JobName,
  type JobPayloads,
  jobQueue,
  type QueueKey,
  queueConcurrency,
  queueNames,
  repeatableJobs,
} from "./queues.ts";

/** What a job processor may use: the process's services plus the worker's outgoing channels. */
export interface JobServices extends Services {
  mail: Mailer;
  realtime: RealtimePublisher;
}

export type ProcessorTable = {
  [N in JobName]: (services: JobServices, payload: JobPayloads[N], job: Job) => Promise<unknown>;
};

/** Runs the BullMQ processors of the worker role and schedules the repeatable maintenance jobs. */
export async function startWorker(services: Services, processors: ProcessorTable) {
  const { config, log } = services;
  const connection = bullConnection(config);
  const prefix = redisNames(config).bullPrefix;
  const mailer = createMailer(config);
  log.info({ mail: mailer.destination }, `emails go to ${mailer.destination}`);
  const realtime = createRealtimePublisher(config);
  const jobServices: JobServices = { ...services, mail: mailer, realtime };

  const maintenance = new Queue(queueNames.maintenance, { connection, prefix });
  for (const job of repeatableJobs) {
    await maintenance.upsertJobScheduler(
      job.name,
      { every: job.everyMs },
      { name: job.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } },
    );
  }
  const workers = (Object.keys(queueNames) as QueueKey[]).map((key) => {
    const worker = new Worker(
      queueNames[key],
      async (job: Job) => {
        const name = job.name as JobName;
        const processor = processors[name] as
          | ((services: JobServices, payload: unknown, job: Job) => Promise<unknown>)
          | undefined;
        if (!processor || jobQueue[name] !== key)
          throw new Error(`No processor for job ${job.name} on ${key}`);
        return processor(jobServices, job.data, job);
      },
      {
        connection,
        prefix,
        concurrency: queueConcurrency[key],
        lockDuration: config.JOB_LOCK_MS,
        stalledInterval: config.JOB_LOCK_MS,
      },
    );
    worker.on("failed", (job, error) =>
      log.warn({ job: job?.name, id: job?.id, attempt: job?.attemptsMade, err: error }, "job failed"),
    );
    worker.on("error", (error) => log.error({ err: error }, "worker error"));
    return worker;
  });
  return {
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await maintenance.close();
      await realtime.close();
      mailer.close();
    },
  };
}
