import { expireUnpaidOrders } from "../modules/booking/expiry.ts";
import { releaseExpiredHolds } from "../modules/inventory/expiry.ts";
import type { ProcessorTable } from "./worker.ts";

export const processors: ProcessorTable = {
  "release-expired-holds": async (services, payload) => {
    // Drain in batches so a backlog after downtime clears in one run.
    let total = 0;
    for (let released = -1; released !== 0; total += released) {
      released = await releaseExpiredHolds(services.db, services.clock.now(), payload.batchSize);
    }
    return { released: total };
  },
  "expire-unpaid-orders": async (services, payload) => ({
    expired: await expireUnpaidOrders(services.db, services.clock.now(), payload.batchSize),
  }),
};
