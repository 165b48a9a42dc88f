import type { Database } from "@marquee/db";
import type { Config } from "../../config.ts";
import type { Logger } from "../../logger.ts";
import type { PaymentGateways } from "../payments/registry.ts";

export interface BookingDeps {
  db: Database;
  config: Config;
  gateways: PaymentGateways;
  log: Logger;
  now: Date;
}
