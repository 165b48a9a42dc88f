import { bigint, char, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "uuidv7";

/** Primary key: UUIDv7 (time-ordered, not guessable as a sequence). */
export const id = () =>
  uuid()
    .primaryKey()
    .$defaultFn(() => uuidv7());

/** Timestamps are timestamptz in UTC, read as Date. */
export const at = () => timestamp({ withTimezone: true, mode: "date" });

export const createdAt = () => at().notNull().defaultNow();
export const updatedAt = () =>
  at()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** Money: integer minor units; always stored beside an ISO 4217 currency column. */
export const minor = () => bigint({ mode: "number" });
export const currency = () => char({ length: 3 });
