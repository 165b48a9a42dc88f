import { catalogRouter } from "./modules/catalog/router.ts";
import { authRouter } from "./modules/identity/router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
