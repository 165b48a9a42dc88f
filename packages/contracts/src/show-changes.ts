import { z } from "zod";

/** An organizer cancels a show: every ticket holder is refunded in full and told. */
export const cancelShowInput = z.object({
  showId: z.uuid(),
  reason: z.string().trim().min(1).max(500).optional(),
});

/** An organizer moves a show: tickets stay valid, holders are told and may cancel. */
export const rescheduleShowInput = z.object({ showId: z.uuid(), startsAt: z.date() });

export const showChangeResult = z.object({
  showId: z.uuid(),
  status: z.string(),
  startsAt: z.date(),
  /** False when the show already was in that state (nothing changed, nobody is told twice). */
  changed: z.boolean(),
});
