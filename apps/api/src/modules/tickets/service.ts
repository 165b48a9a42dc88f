import type { TicketVerification } from "@marquee/contracts";
import { parseTicketQr, verifyTicketQr } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import type { AuthDevice, AuthUser } from "../identity/principal.ts";

const { tickets, ticketKeys, seats, checkinScans, shows, memberships } = schema;

/** Public keys a scanner caches to verify tickets offline. */
export async function venuePublicKeys(db: Database, venueId: string) {
  const rows = await db
    .select({ keyId: ticketKeys.id, publicKey: ticketKeys.publicKey, active: ticketKeys.active })
    .from(ticketKeys)
    .where(eq(ticketKeys.venueId, venueId));
  return rows;
}

async function findTicket(db: Database, code: string) {
  const parsed = parseTicketQr(code);
  const ticketCode = parsed ? parsed.payload.t : code.toUpperCase();
  const [row] = await db
    .select({ ticket: tickets, seatLabel: seats.label, venueId: shows.venueId })
    .from(tickets)
    .innerJoin(shows, eq(shows.id, tickets.showId))
    .leftJoin(seats, eq(seats.id, tickets.seatId))
    .where(eq(tickets.code, ticketCode));
  return { parsed, row };
}

/** Signature check (the same one a scanner runs offline) plus the ticket's current state. */
export async function verifyTicket(db: Database, code: string): Promise<TicketVerification> {
  const { parsed, row } = await findTicket(db, code);
  if (parsed) {
    const [key] = await db
      .select({ publicKey: ticketKeys.publicKey })
      .from(ticketKeys)
      .where(eq(ticketKeys.id, parsed.payload.k));
    const check = await verifyTicketQr(code, key ? { [parsed.payload.k]: key.publicKey } : {});
    if (!check.ok) return { valid: false, reason: check.reason, ticket: null };
  } else if (!/^[A-Z0-9]{10}$/i.test(code)) {
    return { valid: false, reason: "malformed", ticket: null };
  }
  if (!row) return { valid: false, reason: "not_found", ticket: null };
  const ticket = {
    code: row.ticket.code,
    showId: row.ticket.showId,
    seatLabel: row.seatLabel,
    issuedAt: row.ticket.issuedAt,
  };
  if (row.ticket.status !== "valid") return { valid: false, reason: "cancelled", ticket };
  return { valid: true, reason: "ok", ticket };
}

export interface Scanner {
  user: AuthUser | null;
  device: AuthDevice | null;
}

async function assertMayScan(db: Database, scanner: Scanner, organizationId: string, venueId: string) {
  if (scanner.device) {
    if (scanner.device.venueId === venueId) return;
  } else if (scanner.user?.role === "admin") {
    return;
  } else if (scanner.user) {
    const [member] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, scanner.user.id), eq(memberships.organizationId, organizationId)));
    if (member) return;
  }
  throw new DomainError("FORBIDDEN", "This device or account may not check tickets in here.");
}

/** First scan admits; any later scan says when and where the ticket was first scanned. */
export async function checkInTicket(
  db: Database,
  scanner: Scanner,
  input: { code: string; deviceId?: string | undefined; showId?: string | undefined },
  now: Date,
) {
  if (!scanner.user && !scanner.device)
    throw new DomainError("UNAUTHENTICATED", "Sign in to check tickets in.");
  const verification = await verifyTicket(db, input.code);
  const { row } = await findTicket(db, input.code);
  const deviceLabel = input.deviceId ?? scanner.device?.terminalId ?? null;
  const scan = (result: "admitted" | "duplicate" | "invalid" | "wrong_show") =>
    db.insert(checkinScans).values({
      ticketId: row?.ticket.id ?? null,
      showId: row?.ticket.showId ?? null,
      terminalId: scanner.device?.terminalId ?? null,
      deviceLabel,
      scannedByUserId: scanner.user?.id ?? null,
      result,
      at: now,
    });
  if (row) {
    const [show] = await db
      .select({ organizationId: schema.events.organizationId })
      .from(shows)
      .innerJoin(schema.events, eq(schema.events.id, shows.eventId))
      .where(eq(shows.id, row.ticket.showId));
    await assertMayScan(db, scanner, show?.organizationId ?? "", row.venueId);
  }
  const seatLabel = row?.seatLabel ?? null;
  const ticketCode = row?.ticket.code ?? null;
  if (!verification.valid || !row) {
    if (row) await scan("invalid");
    return { admitted: false, result: "invalid" as const, ticketCode, seatLabel, firstScan: null };
  }
  if (input.showId && input.showId !== row.ticket.showId) {
    await scan("wrong_show");
    return { admitted: false, result: "wrong_show" as const, ticketCode, seatLabel, firstScan: null };
  }
  const [admitted] = await db
    .update(tickets)
    .set({ checkedInAt: now })
    .where(and(eq(tickets.id, row.ticket.id), isNull(tickets.checkedInAt), eq(tickets.status, "valid")))
    .returning({ id: tickets.id });
  if (admitted) {
    await scan("admitted");
    return { admitted: true, result: "admitted" as const, ticketCode, seatLabel, firstScan: null };
  }
  await scan("duplicate");
  const [first] = await db
    .select({ at: checkinScans.at, device: checkinScans.deviceLabel })
    .from(checkinScans)
    .where(and(eq(checkinScans.ticketId, row.ticket.id), eq(checkinScans.result, "admitted")))
    .orderBy(asc(checkinScans.at))
    .limit(1);
  return {
    admitted: false,
    result: "duplicate" as const,
    ticketCode,
    seatLabel,
    firstScan: first ?? { at: row.ticket.checkedInAt ?? now, device: null },
  };
}
