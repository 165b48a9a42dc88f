/*
 * The whole data model, one file per domain module. Drizzle's query API needs every table and
 * relation exported from here; columns are camelCase in TypeScript and snake_case in SQL.
 */
export * from "./booking.ts";
export * from "./catalog.ts";
export * from "./documents.ts";
export * from "./engagement.ts";
export * from "./enums.ts";
export * from "./identity.ts";
export * from "./identity-security.ts";
export * from "./inventory.ts";
export * from "./outbox.ts";
export * from "./payments.ts";
export * from "./pricing.ts";
export * from "./venue-ops.ts";
