/**
 * Queue names and job payload types in one place: adding a job kind is one entry here and
 * one processor in its module (wired in jobs/processors.ts).
 */
export const queueNames = {
  maintenance: "marquee-maintenance",
} as const;

export interface JobPayloads {
  "release-expired-holds": { batchSize?: number };
  "expire-unpaid-orders": { batchSize?: number };
}

export type JobName = keyof JobPayloads;

/** Repeatable maintenance: correctness never depends on these, freshness does. */
export const repeatableJobs: { name: JobName; everyMs: number }[] = [
  { name: "release-expired-holds", everyMs: 5_000 },
  { name: "expire-unpaid-orders", everyMs: 30_000 },
];
