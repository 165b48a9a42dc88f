import type { HoldView } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { type Holder, ownsHold } from "./holder.ts";

const { holds, showSeats, holdGaItems } = schema;

/** A hold as its owner sees it: what it holds, until when, and whether it can still be extended. */
export async function holdViewFor(db: Database, holder: Holder, holdId: string): Promise<HoldView> {
  const [hold] = await db.select().from(holds).where(eq(holds.id, holdId));
  if (!hold || !ownsHold(holder, hold)) throw new DomainError("HOLD_NOT_FOUND", "This hold does not exist.");
  const [seats, gaItems] = await Promise.all([
    db.select({ seatId: showSeats.seatId }).from(showSeats).where(eq(showSeats.holdId, hold.id)),
    db.select().from(holdGaItems).where(eq(holdGaItems.holdId, hold.id)),
  ]);
  return {
    holdId: hold.id,
    showId: hold.showId,
    status: hold.status,
    expiresAt: hold.expiresAt,
    seatIds: seats.map((seat) => seat.seatId),
    generalAdmission: gaItems.map((item) => ({ quotaId: item.quotaId, quantity: item.quantity })),
    canExtend: hold.status === "active" && hold.extendedAt === null,
  };
}
