import { city } from "@marquee/contracts";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { listCities } from "./service.ts";

export const catalogRouter = router({
  cities: publicProcedure.output(z.array(city)).query(({ ctx }) => listCities(ctx.db)),
});
