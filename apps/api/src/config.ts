import { availableParallelism } from "node:os";
import { z } from "zod";

const minutes = (fallback: number) => z.coerce.number().int().min(1).max(240).default(fallback);

const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** api processes the `server` entry forks to share PORT (node:cluster); more than 1 needs DATABASE_URL. */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Connections each process keeps to PostgreSQL. More than the database's cores only adds
   * contention (measured with pnpm bench:onsale on 2 cores: 6 connections sold 67–82 orders/s,
   * 20 sold 50, 40 sold 41), so the default follows the cores of this machine.
   */
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(2)
    .max(200)
    .default(() => Math.max(4, availableParallelism() * 3)),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "must be a redis:// URL" })
    .default("redis://127.0.0.1:6379"),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST: z.string().optional(),
  SEED_DEMO: z.enum(["auto", "always", "never"]).default("auto"),
  HOLD_MINUTES_WEB: minutes(10),
  HOLD_MINUTES_KIOSK: minutes(4),
  HOLD_MINUTES_BOXOFFICE: minutes(15),
  HOLD_EXTENSION_MINUTES: minutes(5),
  MAX_SEATS_PER_ORDER: z.coerce.number().int().min(1).max(50).default(10),
  MAX_LIVE_HOLDS_PER_SHOW: z.coerce.number().int().min(1).max(20).default(1),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  // payments
  /** Stripe secret key (sk_test_… or sk_live_…); unset: the simulated gateway, in test mode. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, { error: "must be a Stripe secret key (sk_test_… or sk_live_…)" })
    .optional(),
  /** Signing secret of the /webhooks/stripe endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", { error: "must start with whsec_" }).optional(),
  /** Handed to the web app for Stripe's Payment Element. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, { error: "must start with pk_" })
    .optional(),
  /** Another Stripe API base, e.g. stripe-mock or a test stand-in (http://127.0.0.1:12111). */
  STRIPE_API_BASE: z.url().optional(),
  STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(300),
  PAYMENT_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Consecutive gateway failures that open its circuit, and how long it stays open. */
  PAYMENT_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  PAYMENT_BREAKER_OPEN_MS: z.coerce.number().int().min(100).default(30_000),
  /** How long a card reader waits for the customer's card before the payment times out. */
  CARD_READER_TIMEOUT_SECONDS: z.coerce.number().int().min(10).max(600).default(90),
  /** How far back the reconciliation job compares the gateway's records with ours. */
  RECONCILE_LOOKBACK_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(48),
  // identity and web security
  /** Comma-separated browser origins allowed to call the API besides its own (CORS allowlist). */
  CORS_ORIGINS: z.string().optional(),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Absolute lifetime of a signed-in session, however often it is refreshed. */
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  OIDC_GOOGLE_CLIENT_ID: z.string().optional(),
  OIDC_GOOGLE_CLIENT_SECRET: z.string().optional(),
  OIDC_GOOGLE_ISSUER: z.url().default("https://accounts.google.com"),
  /** A siteverify endpoint (Turnstile, hCaptcha, reCAPTCHA) and its secret switch the CAPTCHA hook on. */
  CAPTCHA_VERIFY_URL: z.url().optional(),
  CAPTCHA_SECRET: z.string().optional(),
  /** Per-IP and per-caller request quotas; "off" only for benchmarks (brute-force guards stay on). */
  RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  /** smtp(s)://user:pass@host:port; unset: emails are written as .eml files to DATA_DIR/outbox-mail. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().default("Marquee <tickets@marquee.local>"),
  /** Where people reach the app, for links in emails; unset: links are relative to the api. */
  PUBLIC_URL: z.url().optional(),
  DOCUMENT_LINK_MINUTES: minutes(30),
  /** Fallback poll of an idle relay; writers in api processes wake it at once through Redis. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(1).max(10_000).default(100),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  /** Prefix of BullMQ keys and pub/sub channels: deployments (or test runs) sharing a Redis differ. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/, { error: "letters, digits, '.', '-' and '_' only" })
    .default("marquee"),
  /** How long a worker's claim on a job lasts; a job whose worker died is retried after it. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  REALTIME_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(50),
  /** Open sockets one api process accepts in all; past it, clients are refused and retry (another process). */
  REALTIME_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(20_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads configuration from the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`),
    );
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET) {
    throw new ConfigError(["AUTH_SECRET: required in production (at least 32 random characters)"]);
  }
  if (
    parsed.data.NODE_ENV === "production" &&
    parsed.data.STRIPE_SECRET_KEY &&
    !parsed.data.STRIPE_WEBHOOK_SECRET
  ) {
    throw new ConfigError(["STRIPE_WEBHOOK_SECRET: required in production when STRIPE_SECRET_KEY is set"]);
  }
  return parsed.data;
}
