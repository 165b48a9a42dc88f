import type { PaymentMethod } from "@marquee/contracts";
import { DomainError } from "../../errors.ts";
import type { Holder } from "../inventory/holder.ts";

/** Which channel may pay how: cash only at a staffed box office, card readers only at terminals. */
export function assertMethodAllowed(holder: Holder, method: PaymentMethod): void {
  if (method.gateway === "cash" && holder.channel !== "boxoffice")
    throw new DomainError("PAYMENT_METHOD_NOT_ALLOWED", "Cash is only taken at the box office.");
  if (method.gateway === "card_present" && !holder.terminalId)
    throw new DomainError(
      "PAYMENT_METHOD_NOT_ALLOWED",
      "Card readers are only used at a box office or kiosk.",
    );
}
