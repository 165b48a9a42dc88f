import type { HoldUpdate, OrderUpdate, SeatDelta } from "@marquee/contracts";
import type { JobRequest } from "../jobs/producer.ts";
import type { OrderEventNotice, ShowChangeNotice } from "../jobs/queues.ts";
import type { RealtimePublisher } from "../modules/realtime/publisher.ts";

export interface OutboxRow {
  id: number;
  aggregateType: string;
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** What publishing one event means: a seat delta for its show's room, pushes to users, jobs. */
export interface Publication {
  seatDelta?: SeatDelta;
  pushes: ((realtime: RealtimePublisher) => void)[];
  jobs: JobRequest[];
}

export class UndeliverableEvent extends Error {
  constructor(row: OutboxRow, reason: string) {
    super(`outbox ${row.id} (${row.type}): ${reason}`);
    this.name = "UndeliverableEvent";
  }
}

const isUuid = (value: unknown): value is string =>
  typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const optionalUuid = (value: unknown): string | null => (isUuid(value) ? value : null);

function seatDeltaOf(row: OutboxRow): SeatDelta {
  const { showId, version, changes } = row.payload;
  if (!isUuid(showId) || !Number.isInteger(version) || !Array.isArray(changes))
    throw new UndeliverableEvent(row, "not a seat delta");
  return row.payload as unknown as SeatDelta;
}

function orderNotice(row: OutboxRow, type: OrderEventNotice["type"]): OrderEventNotice {
  const { orderId, userId, ticketIds, refundMinor } = row.payload;
  if (!isUuid(orderId)) throw new UndeliverableEvent(row, "no orderId");
  return {
    outboxId: row.id,
    type,
    orderId,
    userId: optionalUuid(userId),
    ...(Array.isArray(ticketIds) ? { ticketIds: ticketIds.filter(isUuid) } : {}),
    ...(typeof refundMinor === "number" ? { refundMinor } : {}),
  };
}

const orderKinds: Record<OrderEventNotice["type"], OrderUpdate["kind"]> = {
  "order.confirmed": "confirmed",
  "order.cancelled": "cancelled",
  "order.payment_refunded": "payment_refunded",
};

function orderEvent(row: OutboxRow, type: OrderEventNotice["type"]): Publication {
  const notice = orderNotice(row, type);
  const jobs: JobRequest[] = [
    { name: "notify-order-event", payload: notice, jobId: `outbox-${row.id}-notify` },
  ];
  if (type === "order.confirmed")
    jobs.push({
      name: "issue-order-documents",
      payload: { orderId: notice.orderId },
      jobId: `outbox-${row.id}-documents`,
    });
  const { userId } = notice;
  const update: OrderUpdate = {
    orderId: notice.orderId,
    kind: orderKinds[type],
    status: type === "order.confirmed" ? "confirmed" : null,
  };
  return { pushes: userId ? [(realtime) => realtime.orderUpdate(userId, update)] : [], jobs };
}

function holdEvent(row: OutboxRow): Publication {
  const { holdId, showId, userId, status, expiresAt } = row.payload;
  if (!isUuid(holdId) || !isUuid(showId)) throw new UndeliverableEvent(row, "no hold or show id");
  if (!isUuid(userId)) return { pushes: [], jobs: [] };
  const update: HoldUpdate = {
    holdId,
    showId,
    status: status === "extended" || status === "released" || status === "expired" ? status : "released",
    expiresAt: typeof expiresAt === "string" ? expiresAt : null,
  };
  return { pushes: [(realtime) => realtime.holdUpdate(userId, update)], jobs: [] };
}

function showChange(row: OutboxRow, type: ShowChangeNotice["type"]): Publication {
  const { showId, previousStartsAt, startsAt, reason } = row.payload;
  if (!isUuid(showId)) throw new UndeliverableEvent(row, "no showId");
  const payload: ShowChangeNotice = {
    outboxId: row.id,
    type,
    showId,
    ...(typeof previousStartsAt === "string" ? { previousStartsAt } : {}),
    ...(typeof startsAt === "string" ? { startsAt } : {}),
    ...(typeof reason === "string" ? { reason } : {}),
  };
  return { pushes: [], jobs: [{ name: "notify-show-change", payload, jobId: `outbox-${row.id}-notify` }] };
}

/**
 * Where each kind of event goes. Throws UndeliverableEvent for a row that can never be
 * published (malformed payload); an unknown type has nothing to publish.
 */
export function publicationFor(row: OutboxRow): Publication {
  switch (row.type) {
    case "seats.changed": {
      return { seatDelta: seatDeltaOf(row), pushes: [], jobs: [] };
    }
    case "hold.extended":
    case "hold.ended":
      return holdEvent(row);
    case "order.confirmed":
    case "order.cancelled":
    case "order.payment_refunded":
      return orderEvent(row, row.type);
    case "show.cancelled":
    case "show.rescheduled":
      return showChange(row, row.type);
    default:
      return { pushes: [], jobs: [] };
  }
}
