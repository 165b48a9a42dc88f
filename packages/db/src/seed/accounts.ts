import { createHash } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { inArray } from "drizzle-orm";
import type { Tx } from "../client.ts";
import type { UserRole } from "../schema/enums.ts";
import { cashierVenues, memberships, organizations, users } from "../schema/identity.ts";
import { terminals } from "../schema/venue-ops.ts";

/** Password of every demo account (listed in the README; never use outside a demo). */
export const DEMO_PASSWORD = "marquee-demo";

export const DEMO_ORGANIZATION = {
  slug: "marquee-demo",
  name: "Marquee Demo Entertainment",
  country: "GB",
  currency: "GBP",
} as const;

/** The venue the demo cashier and the demo devices belong to. */
export const DEMO_BOX_OFFICE_VENUE = "marquee-cinemas-lower-parel";

export interface DemoAccount {
  email: string;
  name: string;
  role: UserRole;
  /** What the account is for, for the README and the CLI summary. */
  purpose: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "buyer@marquee.test", name: "Asha Buyer", role: "buyer", purpose: "books tickets on the web" },
  {
    email: "organizer@marquee.test",
    name: "Omar Organizer",
    role: "organizer",
    purpose: `owner of ${DEMO_ORGANIZATION.name}, which runs every demo venue`,
  },
  {
    email: "cashier@marquee.test",
    name: "Chitra Cashier",
    role: "cashier",
    purpose: `sells at the box office of ${DEMO_BOX_OFFICE_VENUE}`,
  },
  { email: "admin@marquee.test", name: "Ada Admin", role: "admin", purpose: "platform administrator" },
];

export interface DemoDevice {
  kind: "boxoffice" | "kiosk";
  name: string;
  venueSlug: string;
  /** The bearer credential a paired device presents; only its SHA-256 is stored. */
  credential: string;
}

export const DEMO_DEVICES: readonly DemoDevice[] = [
  {
    kind: "boxoffice",
    name: "Box Office Counter 1",
    venueSlug: DEMO_BOX_OFFICE_VENUE,
    credential: "mqd_demo_boxoffice_5kQ8wV2nR7tZ4mX9pL3c",
  },
  {
    kind: "kiosk",
    name: "Lobby Kiosk 1",
    venueSlug: DEMO_BOX_OFFICE_VENUE,
    credential: "mqd_demo_kiosk_H6yT1bN4vJ8sD2fG7kW5",
  },
];

/** How device credentials are stored: hex SHA-256 (they are long random tokens, not passwords). */
export function hashDeviceCredential(credential: string): string {
  return createHash("sha256").update(credential).digest("hex");
}

export async function seedOrganization(tx: Tx): Promise<string> {
  await tx.insert(organizations).values(DEMO_ORGANIZATION).onConflictDoNothing();
  const [organization] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.slug, [DEMO_ORGANIZATION.slug]));
  if (!organization) throw new Error("demo organization missing after insert");
  return organization.id;
}

export async function seedAccounts(
  tx: Tx,
  context: { organizationId: string; boxOfficeVenueId: string; preferredCityId: string; verifiedAt: Date },
): Promise<{ users: number; memberships: number; cashierVenues: number }> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const existing = new Set(
    (await tx.select({ email: users.email }).from(users).where(inArray(users.email, emails))).map(
      (u) => u.email,
    ),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  // Argon2id (the library default); only hashed for accounts that do not exist yet.
  const rows = await Promise.all(
    missing.map(async (account) => ({
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hash(DEMO_PASSWORD),
      preferredCityId: context.preferredCityId,
      emailVerifiedAt: context.verifiedAt,
    })),
  );
  const created = rows.length
    ? await tx.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id })
    : [];

  const ids = new Map(
    (
      await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))
    ).map((u) => [u.email, u.id]),
  );
  const idOf = (email: string) => {
    const id = ids.get(email);
    if (!id) throw new Error(`demo account ${email} missing after insert`);
    return id;
  };
  const member = await tx
    .insert(memberships)
    .values({ organizationId: context.organizationId, userId: idOf("organizer@marquee.test"), role: "owner" })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  const scope = await tx
    .insert(cashierVenues)
    .values({ userId: idOf("cashier@marquee.test"), venueId: context.boxOfficeVenueId })
    .onConflictDoNothing()
    .returning({ userId: cashierVenues.userId });
  return { users: created.length, memberships: member.length, cashierVenues: scope.length };
}

export async function seedDevices(
  tx: Tx,
  context: { organizationId: string; venueIds: Map<string, string>; pairedAt: Date },
): Promise<number> {
  const rows = DEMO_DEVICES.map((device) => {
    const venueId = context.venueIds.get(device.venueSlug);
    if (!venueId) throw new Error(`unknown venue ${device.venueSlug}`);
    return {
      organizationId: context.organizationId,
      venueId,
      kind: device.kind,
      name: device.name,
      credentialHash: hashDeviceCredential(device.credential),
      pairedAt: context.pairedAt,
    };
  });
  const created = await tx
    .insert(terminals)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: terminals.id });
  return created.length;
}
