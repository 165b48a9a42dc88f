import { type DbExecutor, schema } from "@marquee/db";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import type { AuthDevice, AuthUser } from "../identity/principal.ts";

export interface OrderReader {
  user: AuthUser | null;
  device: AuthDevice | null;
}

/**
 * Buyers see their own orders; organizers their organization's; terminals their organization's
 * (counter pick-up); admins all. Anyone else is told the order does not exist.
 * Cancelling (which refunds money) is narrower: the buyer, the organization's owners and
 * managers, its box offices, and admins; check-in staff and kiosks may look but not cancel
 * (a kiosk only its own sale).
 */
export async function assertCanAccessOrder(
  db: DbExecutor,
  reader: OrderReader,
  order: { userId: string | null; organizationId: string; terminalId?: string | null },
  purpose: "read" | "cancel" = "read",
): Promise<void> {
  if (!reader.user && !reader.device)
    throw new DomainError("UNAUTHENTICATED", "Sign in to see your bookings.");
  if (reader.user && order.userId === reader.user.id) return;
  if (reader.user?.role === "admin") return;
  const mayNotCancel = () => new DomainError("FORBIDDEN", "You may not cancel this booking.");
  if (reader.device && reader.device.organizationId === order.organizationId) {
    // A kiosk may undo only its own sale (a customer changing their mind at the screen).
    const ownSale = order.terminalId === reader.device.terminalId;
    if (purpose === "cancel" && reader.device.kind !== "boxoffice" && !ownSale) throw mayNotCancel();
    return;
  }
  if (reader.user) {
    const [member] = await db
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(
        and(
          eq(schema.memberships.userId, reader.user.id),
          eq(schema.memberships.organizationId, order.organizationId),
        ),
      );
    if (member) {
      if (purpose === "cancel" && member.role === "checkin") throw mayNotCancel();
      return;
    }
  }
  throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
}
