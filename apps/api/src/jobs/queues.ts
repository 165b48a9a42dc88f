/**
 * Queue names and job payload types in one place: adding a job kind is one entry here and
 * one processor in its module (wired in jobs/processors.ts).
 */
export const queueNames = {
  maintenance: "marquee-maintenance",
  receipts: "marquee-receipts",
  notifications: "marquee-notifications",
} as const;

export type QueueKey = keyof typeof queueNames;

/** An order event as the relay hands it on; `outboxId` names the event for deduplication. */
export interface OrderEventNotice {
  outboxId: number;
  type: "order.confirmed" | "order.cancelled" | "order.payment_refunded";
  orderId: string;
  userId: string | null;
  ticketIds?: string[];
  refundMinor?: number;
}

/** An organizer changed or cancelled a show: every ticket holder hears of it. */
export interface ShowChangeNotice {
  outboxId: number;
  type: "show.cancelled" | "show.rescheduled";
  showId: string;
  previousStartsAt?: string;
  startsAt?: string;
  reason?: string;
}

export interface JobPayloads {
  "release-expired-holds": { batchSize?: number };
  "expire-unpaid-orders": { batchSize?: number };
  "reconcile-payments": { lookbackHours?: number };
  "issue-order-documents": { orderId: string };
  "notify-order-event": OrderEventNotice;
  "notify-show-change": ShowChangeNotice;
  "identity-retention": Record<string, never>;
}

export type JobName = keyof JobPayloads;

/** Which queue runs each job kind (queues scale and fail independently). */
export const jobQueue: { [N in JobName]: QueueKey } = {
  "release-expired-holds": "maintenance",
  "expire-unpaid-orders": "maintenance",
  "reconcile-payments": "maintenance",
  "issue-order-documents": "receipts",
  "notify-order-event": "notifications",
  "notify-show-change": "notifications",
  "identity-retention": "maintenance",
};

export const queueConcurrency: { [Q in QueueKey]: number } = {
  maintenance: 2,
  receipts: 2,
  notifications: 4,
};

/**
 * Event-driven jobs retry with exponential backoff (2 s, 4 s, ... about 8.5 min in all) and
 * stay visible when they finally fail, so an admin can retry them.
 */
export const eventJobOptions = {
  attempts: 9,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3_600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3_600 },
} as const;

/** Repeatable maintenance: correctness never depends on these, freshness does. */
export const repeatableJobs: { name: JobName; everyMs: number }[] = [
  { name: "release-expired-holds", everyMs: 5_000 },
  { name: "expire-unpaid-orders", everyMs: 30_000 },
  { name: "reconcile-payments", everyMs: 15 * 60_000 },
  { name: "identity-retention", everyMs: 6 * 3_600_000 },
];
