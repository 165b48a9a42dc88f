import { type JobsOptions, Queue } from "bullmq";
import type { Config } from "../config.ts";
import { redisNames } from "../infra/redis-names.ts";
import {
  eventJobOptions,
  type JobName,
  type JobPayloads,
  jobQueue,
  type QueueKey,
  queueNames,
} from "./queues.ts";

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Same id, same job: BullMQ ignores a second add while the first is kept. */
  jobId: string;
}

export const bullConnection = (config: Pick<Config, "REDIS_URL">) => ({
  url: config.REDIS_URL,
  maxRetriesPerRequest: null,
});

/** Adds jobs to their queues; one BullMQ Queue per queue, opened on first use. */
export function createJobProducer(config: Pick<Config, "REDIS_URL" | "REDIS_PREFIX">) {
  const queues = new Map<QueueKey, Queue>();
  const queueFor = (key: QueueKey) => {
    let queue = queues.get(key);
    if (!queue) {
      queue = new Queue(queueNames[key], {
        connection: bullConnection(config),
        prefix: redisNames(config).bullPrefix,
      });
      queues.set(key, queue);
    }
    return queue;
  };
  return {
    queueFor,
    async enqueue(requests: JobRequest[]): Promise<void> {
      const byQueue = new Map<QueueKey, { name: string; data: unknown; opts: JobsOptions }[]>();
      for (const request of requests) {
        const key = jobQueue[request.name];
        const list = byQueue.get(key) ?? [];
        list.push({
          name: request.name,
          data: request.payload,
          opts: { ...eventJobOptions, jobId: request.jobId },
        });
        byQueue.set(key, list);
      }
      await Promise.all([...byQueue].map(([key, jobs]) => queueFor(key).addBulk(jobs)));
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      queues.clear();
    },
  };
}

export type JobProducer = ReturnType<typeof createJobProducer>;
