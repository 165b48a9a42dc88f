/**
 * Queue names and job payload types in one place: adding a job kind is one entry here and
 * one processor file in its module.
 */
export const queueNames = {
  maintenance: "marquee-maintenance",
} as const;

export interface JobPayloads {
  "release-expired-holds": { batchSize?: number };
}

export type JobName = keyof JobPayloads;
