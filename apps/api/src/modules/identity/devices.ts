import { randomBytes, randomInt } from "node:crypto";
import type { AuthResult, TerminalKind } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { pinFailures, terminalPinFailures } from "./abuse/guards.ts";
import { recordAudit } from "./audit.ts";
import { assertOrganizationRole, assertVenueRole, memberRoleIn } from "./organization-access.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./passwords.ts";
import type { AuthDevice, AuthUser } from "./principal.ts";
import { hashDeviceSecret } from "./principal.ts";
import { revokeFamily, sessionAccountColumns, sha256, startSession } from "./sessions.ts";

const { pairingCodes, terminals, venues, users, staffPins, cashierVenues, sessions } = schema;

/*
 * Box-office and kiosk terminals. An organization owner or manager creates a one-time pairing
 * code for a venue; the device exchanges it for a credential (`<terminalId>.<secret>`, only
 * the SHA-256 of the secret is stored) scoped to that venue, revocable at any time. A cashier
 * then signs in on the box-office device with a PIN: the PIN alone is worth nothing without
 * the device credential, and the session it yields works only from that terminal.
 */

const PAIRING_MINUTES = 10;
/** No 0/O, 1/I/L: read off one screen and typed on another. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");

type Signed = Context & { user: AuthUser };

export async function createPairingCode(ctx: Signed, input: { venueId: string; kind: TerminalKind }) {
  const organizationId = await assertVenueRole(ctx.db, ctx.user, input.venueId, ["owner", "manager"]);
  const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(
    "",
  );
  const expiresAt = new Date(ctx.clock.now().getTime() + PAIRING_MINUTES * 60_000);
  const [row] = await ctx.db
    .insert(pairingCodes)
    .values({
      venueId: input.venueId,
      kind: input.kind,
      codeHash: sha256(code),
      expiresAt,
      createdByUserId: ctx.user.id,
    })
    .returning({ id: pairingCodes.id });
  await recordAudit(ctx.db, ctx, {
    action: "terminal.pairing_code_created",
    subjectType: "venue",
    subjectId: input.venueId,
    organizationId,
    data: { kind: input.kind, pairingCodeId: row?.id },
  });
  return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt };
}

/** The device's side: a valid unused code becomes a terminal with a fresh credential. */
export async function pairDevice(ctx: Context, input: { code: string; name: string }) {
  const now = ctx.clock.now();
  const secret = `mqd_${randomBytes(32).toString("base64url")}`;
  const paired = await ctx.db.transaction(async (tx) => {
    const [code] = await tx
      .update(pairingCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(pairingCodes.codeHash, sha256(normalizeCode(input.code))),
          isNull(pairingCodes.usedAt),
          gt(pairingCodes.expiresAt, now),
        ),
      )
      .returning({ venueId: pairingCodes.venueId, kind: pairingCodes.kind });
    if (!code) return null;
    const [venue] = await tx
      .select({ organizationId: venues.organizationId })
      .from(venues)
      .where(eq(venues.id, code.venueId));
    if (!venue) return null;
    const [terminal] = await tx
      .insert(terminals)
      .values({
        organizationId: venue.organizationId,
        venueId: code.venueId,
        kind: code.kind,
        name: input.name,
        credentialHash: hashDeviceSecret(secret),
        pairedAt: now,
      })
      .returning({ id: terminals.id });
    if (!terminal) return null;
    await recordAudit(
      tx,
      { ...ctx, device: null },
      {
        action: "terminal.paired",
        subjectType: "terminal",
        subjectId: terminal.id,
        organizationId: venue.organizationId,
        data: { venueId: code.venueId, kind: code.kind },
      },
    );
    return {
      terminalId: terminal.id,
      venueId: code.venueId,
      organizationId: venue.organizationId,
      kind: code.kind,
    };
  });
  if (!paired) throw new DomainError("PAIRING_CODE_INVALID", "This pairing code is wrong, used or expired.");
  return { ...paired, deviceKey: `${paired.terminalId}.${secret}` };
}

export async function listTerminals(ctx: Signed, venueId: string) {
  await assertVenueRole(ctx.db, ctx.user, venueId, ["owner", "manager"]);
  return ctx.db
    .select({
      id: terminals.id,
      name: terminals.name,
      kind: terminals.kind,
      venueId: terminals.venueId,
      pairedAt: terminals.pairedAt,
      revokedAt: terminals.revokedAt,
      lastSeenAt: terminals.lastSeenAt,
    })
    .from(terminals)
    .where(eq(terminals.venueId, venueId))
    .orderBy(desc(terminals.createdAt));
}

/** Revoking kills the credential and every cashier session bound to the terminal. */
export async function revokeTerminal(ctx: Signed, terminalId: string) {
  const [terminal] = await ctx.db
    .select({ organizationId: terminals.organizationId, venueId: terminals.venueId })
    .from(terminals)
    .where(eq(terminals.id, terminalId));
  if (!terminal) throw new DomainError("NOT_FOUND", "No such terminal.");
  await assertOrganizationRole(ctx.db, ctx.user, terminal.organizationId, ["owner", "manager"]);
  await ctx.db
    .update(terminals)
    .set({ revokedAt: ctx.clock.now(), credentialHash: null })
    .where(eq(terminals.id, terminalId));
  const bound = await ctx.db
    .selectDistinct({ familyId: sessions.familyId })
    .from(sessions)
    .where(and(eq(sessions.terminalId, terminalId), isNull(sessions.revokedAt)));
  for (const { familyId } of bound) await revokeFamily(ctx, familyId);
  await recordAudit(ctx.db, ctx, {
    action: "terminal.revoked",
    subjectType: "terminal",
    subjectId: terminalId,
    organizationId: terminal.organizationId,
    data: { venueId: terminal.venueId },
  });
  return { revoked: true as const };
}

export async function currentTerminal(ctx: Context & { device: AuthDevice }) {
  const [terminal] = await ctx.db
    .select({
      name: terminals.name,
      venueName: venues.name,
      cityId: venues.cityId,
      timeZone: venues.timeZone,
    })
    .from(terminals)
    .innerJoin(venues, eq(venues.id, terminals.venueId))
    .where(eq(terminals.id, ctx.device.terminalId));
  if (!terminal) throw new DomainError("UNAUTHENTICATED", "This terminal is not paired.");
  return { ...ctx.device, ...terminal };
}

/** Staff choose their PIN while signed in with their password. */
export async function setStaffPin(ctx: Signed, input: { pin: string; password: string }) {
  const [account] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.user.id));
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, input.password))) {
    throw new DomainError("INVALID_CREDENTIALS", "Your password is not right.");
  }
  if (/^(\d)\1+$/.test(input.pin) || "0123456789".includes(input.pin) || "9876543210".includes(input.pin)) {
    throw new DomainError("PASSWORD_REJECTED", "Choose a PIN that is not a run or a repeated digit.", {
      reason: "repetitive",
    });
  }
  const pinHash = await hashPassword(input.pin);
  await ctx.db
    .insert(staffPins)
    .values({ userId: ctx.user.id, pinHash })
    .onConflictDoUpdate({ target: staffPins.userId, set: { pinHash } });
  await recordAudit(ctx.db, ctx, { action: "user.pin_set", subjectType: "user", subjectId: ctx.user.id });
  return { accepted: true as const };
}

/** Who may work this terminal: cashiers assigned to its venue, and its organization's owners and managers. */
async function mayWorkTerminal(ctx: Context, device: AuthDevice, user: { id: string; role: string }) {
  if (user.role === "cashier") {
    const [assigned] = await ctx.db
      .select({ userId: cashierVenues.userId })
      .from(cashierVenues)
      .where(and(eq(cashierVenues.userId, user.id), eq(cashierVenues.venueId, device.venueId)));
    if (assigned) return true;
  }
  const role = await memberRoleIn(ctx.db, user.id, device.organizationId);
  return role === "owner" || role === "manager";
}

/** A cashier's sign-in at a box-office terminal: PIN plus the device credential. */
export async function signInAtTerminal(
  ctx: Context & { device: AuthDevice },
  input: { email: string; pin: string },
): Promise<AuthResult> {
  if (ctx.device.kind !== "boxoffice") {
    throw new DomainError("FORBIDDEN", "Staff sign in at box-office terminals only.");
  }
  const email = input.email.trim().toLowerCase();
  await terminalPinFailures.assertOpen(ctx.redis, ctx.device.terminalId);
  const pairKey = ctx.tokens.pseudonym(`pin:${email}|${ctx.device.terminalId}`);
  await pinFailures.assertOpen(ctx.redis, pairKey);
  const [account] = await ctx.db
    .select({
      ...sessionAccountColumns,
      pinHash: staffPins.pinHash,
      disabledAt: users.disabledAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .leftJoin(staffPins, eq(staffPins.userId, users.id))
    .where(eq(users.email, email));
  const valid = await verifyPassword(account?.pinHash ?? (await decoyPasswordHash()), input.pin);
  const allowed =
    valid &&
    account &&
    !account.disabledAt &&
    !account.deletedAt &&
    (await mayWorkTerminal(ctx, ctx.device, account));
  if (!account || !allowed) {
    await Promise.all([
      pinFailures.fail(ctx.redis, pairKey),
      terminalPinFailures.fail(ctx.redis, ctx.device.terminalId),
    ]);
    throw new DomainError(
      "INVALID_CREDENTIALS",
      "That email and PIN do not match, or you may not work here.",
    );
  }
  await pinFailures.clear(ctx.redis, pairKey);
  await recordAudit(
    ctx.db,
    { ...ctx, user: { id: account.id, role: account.role } },
    {
      action: "terminal.staff_signed_in",
      subjectType: "terminal",
      subjectId: ctx.device.terminalId,
      organizationId: ctx.device.organizationId,
    },
  );
  return startSession(ctx, account, { terminalId: ctx.device.terminalId });
}
