import { z } from "zod";

export const city = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  country: z.string(),
  lat: z.number(),
  lng: z.number(),
  timeZone: z.string(),
  currency: z.string(),
});
export type City = z.infer<typeof city>;
