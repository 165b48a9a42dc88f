import { searchInput, searchResult } from "@marquee/contracts";
import { publicProcedure, router } from "../../trpc.ts";
import { searchIndexFor } from "./service.ts";

export const searchRouter = router({
  events: publicProcedure
    .input(searchInput)
    .output(searchResult)
    .query(({ ctx, input }) => searchIndexFor(ctx).searchEvents(input, ctx.clock.now())),
});
