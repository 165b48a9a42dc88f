import { expireUnpaidOrders } from "../modules/booking/expiry.ts";
import { applyIdentityRetention } from "../modules/identity/retention.ts";
import { releaseExpiredHolds } from "../modules/inventory/expiry.ts";
import { notifyOrderEvent } from "../modules/notifications/order-notices.ts";
import { reconcilePayments } from "../modules/payments/reconciliation.ts";
import { issueOrderDocuments } from "../modules/receipts/job.ts";
import { notifyShowChange } from "../modules/show-changes/notices.ts";
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
  "reconcile-payments": async (services, payload) => {
    const run = await reconcilePayments(
      { ...services, now: services.clock.now() },
      { lookbackHours: payload.lookbackHours ?? services.config.RECONCILE_LOOKBACK_HOURS },
    );
    return { checked: run.checked, findings: run.findings.length };
  },
  "issue-order-documents": (services, payload) => issueOrderDocuments(services, payload),
  "notify-order-event": (services, payload) => notifyOrderEvent(services, payload),
  "notify-show-change": (services, payload) => notifyShowChange(services, payload),
  "identity-retention": (services) => applyIdentityRetention(services.db, services.clock.now()),
};
