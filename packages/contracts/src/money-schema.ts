import { z } from "zod";

export const money = z.object({
  amountMinor: z.number().int(),
  currency: z.string().length(3),
});
