import { eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { fees, promoCodes } from "../schema/booking.ts";
import type { FeeKind, PromoKind, SalesChannel } from "../schema/enums.ts";
import type { SeededEvent } from "./events.ts";
import { addDays, type LocalDate, zonedTime } from "./time.ts";

interface FeeSeed {
  name: string;
  kind: FeeKind;
  amountMinor?: number;
  currency?: string;
  percentBps?: number;
  channel: SalesChannel | null;
}

/** Online convenience fee per ticket in every currency, a card fee online, a small kiosk fee. */
export const FEES: readonly FeeSeed[] = [
  ...(
    [
      ["INR", 3_000],
      ["GBP", 95],
      ["USD", 150],
      ["EUR", 100],
      ["JPY", 150],
    ] as const
  ).map(([currency, amountMinor]) => ({
    name: "Convenience fee",
    kind: "per_ticket" as const,
    amountMinor,
    currency,
    channel: "web" as const,
  })),
  { name: "Card processing", kind: "percent", percentBps: 175, channel: "web" },
  { name: "Kiosk service fee", kind: "per_ticket", amountMinor: 1_000, currency: "INR", channel: "kiosk" },
];

interface PromoSeed {
  code: string;
  kind: PromoKind;
  percentBps?: number;
  amountMinor?: number;
  currency?: string;
  /** Days relative to the seed day (UTC). */
  validFromDay: number;
  validUntilDay: number;
  maxUses?: number;
  maxUsesPerUser?: number;
  eventSlugs?: string[];
}

export const PROMO_CODES: readonly PromoSeed[] = [
  {
    code: "FIRSTSHOW",
    kind: "percent",
    percentBps: 2_000,
    validFromDay: -30,
    validUntilDay: 90,
    maxUsesPerUser: 1,
  },
  {
    code: "FLAT100",
    kind: "fixed",
    amountMinor: 10_000,
    currency: "INR",
    validFromDay: -7,
    validUntilDay: 30,
    maxUses: 1_000,
  },
  { code: "LONDON5", kind: "fixed", amountMinor: 500, currency: "GBP", validFromDay: -7, validUntilDay: 60 },
  {
    code: "BIGNIGHT10",
    kind: "percent",
    percentBps: 1_000,
    validFromDay: -14,
    validUntilDay: 30,
    maxUses: 500,
    eventSlugs: ["velvet-static-neon-tides", "luna-alvarez-corazon-tour"],
  },
  // Expired: checkout must refuse it.
  { code: "MONSOON25", kind: "percent", percentBps: 2_500, validFromDay: -120, validUntilDay: -10 },
];

const feeKey = (fee: { name: string; kind: string; currency: string | null; channel: string | null }) =>
  [fee.name, fee.kind, fee.currency ?? "", fee.channel ?? ""].join("|");

export async function seedOffers(
  tx: Tx,
  context: { organizationId: string; today: LocalDate; events: Map<string, SeededEvent> },
): Promise<{ fees: number; promoCodes: number }> {
  // Fees have no natural key in the schema, so compare against what the organization has.
  const existing = new Set(
    (
      await tx
        .select({ name: fees.name, kind: fees.kind, currency: fees.currency, channel: fees.channel })
        .from(fees)
        .where(eq(fees.organizationId, context.organizationId))
    ).map(feeKey),
  );
  const missingFees = FEES.filter(
    (fee) => !existing.has(feeKey({ ...fee, currency: fee.currency ?? null, channel: fee.channel })),
  );
  if (missingFees.length > 0) {
    await tx
      .insert(fees)
      .values(missingFees.map((fee) => ({ ...fee, organizationId: context.organizationId })));
  }

  const day = (offset: number) => zonedTime(addDays(context.today, offset), "00:00", "UTC");
  const eventId = (slug: string) => {
    const event = context.events.get(slug);
    if (!event) throw new Error(`unknown event ${slug}`);
    return event.id;
  };
  const created = await tx
    .insert(promoCodes)
    .values(
      PROMO_CODES.map(({ validFromDay, validUntilDay, eventSlugs, ...promo }) => ({
        ...promo,
        organizationId: context.organizationId,
        validFrom: day(validFromDay),
        validUntil: day(validUntilDay),
        eventIds: eventSlugs?.map(eventId) ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: promoCodes.id });
  return { fees: missingFees.length, promoCodes: created.length };
}
