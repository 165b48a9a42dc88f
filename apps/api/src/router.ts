import { bookingRouter } from "./modules/booking/router.ts";
import { catalogRouter } from "./modules/catalog/router.ts";
import { authRouter } from "./modules/identity/router.ts";
import { inventoryRouter } from "./modules/inventory/router.ts";
import { ticketsRouter } from "./modules/tickets/router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
  inventory: inventoryRouter,
  booking: bookingRouter,
  tickets: ticketsRouter,
});

export type AppRouter = typeof appRouter;
