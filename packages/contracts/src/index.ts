export * from "./auth.ts";
export * from "./catalog.ts";
export * from "./errors.ts";
export * from "./money.ts";
