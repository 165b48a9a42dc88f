import type { Database } from "@marquee/db";
import type { Redis } from "ioredis";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { HttpExchange } from "./http/exchange.ts";
import type { Logger } from "./logger.ts";
import type { CaptchaVerifier } from "./modules/identity/abuse/captcha.ts";
import type { Mailer } from "./modules/identity/mailer.ts";
import type { AuthDevice, AuthUser } from "./modules/identity/principal.ts";
import type { AccessTokens } from "./modules/identity/tokens.ts";
import type { PaymentGateways } from "./modules/payments/registry.ts";

/** What every procedure may use: long-lived services, created once per process. */
export interface Services {
  config: Config;
  db: Database;
  redis: Redis;
  clock: Clock;
  log: Logger;
  tokens: AccessTokens;
  gateways: PaymentGateways;
  /** Identity mail (verification, reset, magic links); defaults to .eml files in DATA_DIR. */
  mailer?: Mailer;
  /** Asked when sign-in or sign-up traffic looks automated; none configured means never. */
  captcha?: CaptchaVerifier;
}

/** The inner context: services plus who is calling. Tests build it directly for createCaller. */
export interface Context extends Services {
  user: AuthUser | null;
  device: AuthDevice | null;
  ip: string | null;
  /** Headers and cookies of the HTTP request, when there is one (null for in-process callers). */
  http: HttpExchange | null;
}

export function createInnerContext(
  services: Services,
  caller: {
    user?: AuthUser | null;
    device?: AuthDevice | null;
    ip?: string | null;
    http?: HttpExchange | null;
  } = {},
): Context {
  return {
    ...services,
    user: caller.user ?? null,
    device: caller.device ?? null,
    ip: caller.ip ?? null,
    http: caller.http ?? null,
  };
}
