import {
  city,
  eventDetail,
  eventInput,
  eventListInput,
  eventListPage,
  showDetail,
  showInput,
} from "@marquee/contracts";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { getEventDetail, getShowDetail, listCities, listEvents } from "./service.ts";

export const catalogRouter = router({
  cities: publicProcedure.output(z.array(city)).query(({ ctx }) => listCities(ctx.db)),

  events: publicProcedure
    .input(eventListInput)
    .output(eventListPage)
    .query(({ ctx, input }) => listEvents(ctx.db, input, ctx.clock.now())),

  event: publicProcedure
    .input(eventInput)
    .output(eventDetail)
    .query(({ ctx, input }) => getEventDetail(ctx.db, input, ctx.clock.now())),

  show: publicProcedure
    .input(showInput)
    .output(showDetail)
    .query(({ ctx, input }) => getShowDetail(ctx.db, input.showId, ctx.clock.now())),
});
