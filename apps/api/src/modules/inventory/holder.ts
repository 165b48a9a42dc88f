import type { SalesChannel } from "@marquee/contracts";
import { DomainError } from "../../errors.ts";
import type { AuthDevice, AuthUser } from "../identity/principal.ts";

/** Who holds seats: a signed-in web buyer, or a paired terminal (with its cashier, if signed in). */
export interface Holder {
  channel: SalesChannel;
  userId: string | null;
  terminalId: string | null;
}

export function holderOf(caller: { user: AuthUser | null; device: AuthDevice | null }): Holder {
  if (caller.device) {
    return {
      channel: caller.device.kind,
      userId: caller.user?.id ?? null,
      terminalId: caller.device.terminalId,
    };
  }
  if (caller.user) return { channel: "web", userId: caller.user.id, terminalId: null };
  throw new DomainError("UNAUTHENTICATED", "Sign in to choose seats.");
}

/** A terminal's holds belong to the terminal; a web hold to its user. */
export function ownsHold(
  holder: Holder,
  hold: { userId: string | null; terminalId: string | null },
): boolean {
  if (holder.terminalId) return hold.terminalId === holder.terminalId;
  return hold.terminalId === null && hold.userId !== null && hold.userId === holder.userId;
}
