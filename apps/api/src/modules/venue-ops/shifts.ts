import type { CashShift } from "@marquee/contracts";
import { type Database, type DbExecutor, schema } from "@marquee/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { isUniqueViolation } from "../../infra/pg-error.ts";

const { cashShifts } = schema;
type ShiftRow = typeof cashShifts.$inferSelect;

export interface ShiftCaller {
  terminalId: string;
  venueId: string;
  cashierUserId: string;
}

function view(row: ShiftRow): CashShift {
  const money = (amountMinor: number) => ({ amountMinor, currency: row.currency });
  return {
    id: row.id,
    terminalId: row.terminalId,
    cashierUserId: row.cashierUserId,
    openingFloat: money(row.openingFloatMinor),
    expected: money(row.expectedMinor),
    counted: row.countedMinor === null ? null : money(row.countedMinor),
    difference: row.countedMinor === null ? null : money(row.countedMinor - row.expectedMinor),
    openedAt: row.openedAt,
    closedAt: row.closedAt,
  };
}

/** The open shift at a terminal, locked for the sale or refund that moves its drawer. */
export async function lockOpenShift(tx: DbExecutor, terminalId: string): Promise<ShiftRow | undefined> {
  const [shift] = await tx
    .select()
    .from(cashShifts)
    .where(and(eq(cashShifts.terminalId, terminalId), isNull(cashShifts.closedAt)))
    .for("update");
  return shift;
}

/** Cash in (positive) or out (negative) of a shift's drawer. */
export async function moveDrawer(tx: DbExecutor, shiftId: string, deltaMinor: number): Promise<void> {
  await tx
    .update(cashShifts)
    .set({ expectedMinor: sql`${cashShifts.expectedMinor} + ${deltaMinor}` })
    .where(eq(cashShifts.id, shiftId));
}

export async function openShift(
  db: Database,
  caller: ShiftCaller,
  input: { currency: string; openingFloatMinor: number },
  now: Date,
): Promise<CashShift> {
  try {
    const [row] = await db
      .insert(cashShifts)
      .values({
        terminalId: caller.terminalId,
        venueId: caller.venueId,
        cashierUserId: caller.cashierUserId,
        currency: input.currency.toUpperCase(),
        openingFloatMinor: input.openingFloatMinor,
        expectedMinor: input.openingFloatMinor,
        openedAt: now,
      })
      .returning();
    if (!row) throw new Error("shift insert returned nothing");
    return view(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("SHIFT_ALREADY_OPEN", "This terminal already has an open shift. Close it first.");
    throw error;
  }
}

export async function currentShift(db: Database, terminalId: string): Promise<CashShift | null> {
  const [row] = await db
    .select()
    .from(cashShifts)
    .where(and(eq(cashShifts.terminalId, terminalId), isNull(cashShifts.closedAt)));
  return row ? view(row) : null;
}

/** Closes the terminal's shift with the cashier's count; the difference is the drawer's over or short. */
export async function closeShift(
  db: Database,
  caller: ShiftCaller,
  countedMinor: number,
  now: Date,
): Promise<CashShift> {
  return db.transaction(async (tx) => {
    const shift = await lockOpenShift(tx, caller.terminalId);
    if (!shift) throw new DomainError("SHIFT_NOT_OPEN", "There is no open shift at this terminal.");
    if (shift.cashierUserId !== caller.cashierUserId)
      throw new DomainError("FORBIDDEN", "Only the cashier who opened this shift can close it.");
    const [closed] = await tx
      .update(cashShifts)
      .set({ countedMinor, closedAt: now })
      .where(eq(cashShifts.id, shift.id))
      .returning();
    if (!closed) throw new Error("shift update returned nothing");
    return view(closed);
  });
}
