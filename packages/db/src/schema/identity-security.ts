import { relations, sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { at, createdAt, id, updatedAt } from "./columns.ts";
import { users } from "./identity.ts";

/*
 * Identity secrets beyond the password: two-step verification, one-time email tokens, social
 * sign-in links and staff PINs. Every secret is stored hashed or sealed, never as given.
 */

/** A user's TOTP authenticator. Enrolment writes the row; confirming a first code enables it. */
export const mfaFactors = pgTable("mfa_factors", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The base32 secret sealed with AES-256-GCM under a key derived from AUTH_SECRET. */
  secretSealed: text().notNull(),
  enabledAt: at(),
  /** The last accepted 30-second step: a code is accepted once (no replay within its window). */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: createdAt(),
});

/** Single-use recovery codes, SHA-256 hashed (they are 80-bit random values). */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull().unique("mfa_recovery_codes_code_hash_unique"),
    usedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [index("mfa_recovery_codes_user_idx").on(t.userId)],
);

export const oneTimeTokenPurposes = ["verify_email", "reset_password", "magic_link"] as const;
export type OneTimeTokenPurpose = (typeof oneTimeTokenPurposes)[number];

/** Tokens sent by email. Only the SHA-256 of the token is kept; each works once, until it expires. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text().$type<OneTimeTokenPurpose>().notNull(),
    tokenHash: text().notNull().unique("one_time_tokens_token_hash_unique"),
    expiresAt: at().notNull(),
    usedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    index("one_time_tokens_user_purpose_idx").on(t.userId, t.purpose),
    index("one_time_tokens_expires_idx").on(t.expiresAt),
    check(
      "one_time_tokens_purpose_known",
      sql`${t.purpose} in (${sql.raw(oneTimeTokenPurposes.map((purpose) => `'${purpose}'`).join(", "))})`,
    ),
  ],
);

/** An account at an OpenID Connect provider linked to a Marquee user (the provider's `sub`). */
export const userIdentities = pgTable(
  "user_identities",
  {
    provider: text().notNull(),
    subject: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastUsedAt: at(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] }), index("user_identities_user_idx").on(t.userId)],
);

/** The PIN a cashier types on a paired box-office terminal (argon2id; it is short). */
export const staffPins = pgTable("staff_pins", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  pinHash: text().notNull(),
  updatedAt: updatedAt(),
});

export const mfaFactorsRelations = relations(mfaFactors, ({ one }) => ({
  user: one(users, { fields: [mfaFactors.userId], references: [users.id] }),
}));

export const mfaRecoveryCodesRelations = relations(mfaRecoveryCodes, ({ one }) => ({
  user: one(users, { fields: [mfaRecoveryCodes.userId], references: [users.id] }),
}));

export const oneTimeTokensRelations = relations(oneTimeTokens, ({ one }) => ({
  user: one(users, { fields: [oneTimeTokens.userId], references: [users.id] }),
}));

export const userIdentitiesRelations = relations(userIdentities, ({ one }) => ({
  user: one(users, { fields: [userIdentities.userId], references: [users.id] }),
}));

export const staffPinsRelations = relations(staffPins, ({ one }) => ({
  user: one(users, { fields: [staffPins.userId], references: [users.id] }),
}));
