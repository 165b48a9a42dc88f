import { jobsRouter } from "./jobs/router.ts";
import { bookingRouter } from "./modules/booking/router.ts";
import { catalogRouter } from "./modules/catalog/router.ts";
import { accountRouter, mfaRouter } from "./modules/identity/account-router.ts";
import { devicesRouter } from "./modules/identity/devices-router.ts";
import { adminRouter, auditRouter, organizationsRouter } from "./modules/identity/roles-router.ts";
import { authRouter } from "./modules/identity/router.ts";
import { inventoryRouter } from "./modules/inventory/router.ts";
import { notificationsRouter } from "./modules/notifications/router.ts";
import { paymentsRouter } from "./modules/payments/router.ts";
import { receiptsRouter } from "./modules/receipts/router.ts";
import { searchRouter } from "./modules/search/router.ts";
import { showChangesRouter } from "./modules/show-changes/router.ts";
import { ticketsRouter } from "./modules/tickets/router.ts";
import { shiftsRouter } from "./modules/venue-ops/router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  account: accountRouter,
  devices: devicesRouter,
  organizations: organizationsRouter,
  admin: adminRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  inventory: inventoryRouter,
  booking: bookingRouter,
  tickets: ticketsRouter,
  payments: paymentsRouter,
  shifts: shiftsRouter,
  notifications: notificationsRouter,
  receipts: receiptsRouter,
  showChanges: showChangesRouter,
  jobs: jobsRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;
