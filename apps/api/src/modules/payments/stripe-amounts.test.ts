import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { fromStripeAmount, toStripeAmount } from "./stripe-amounts.ts";

describe("Stripe amounts", () => {
  it("sends every demo catalog currency in the unit Stripe expects", () => {
    expect(toStripeAmount(25_000, "INR")).toBe(25_000);
    expect(toStripeAmount(1_999, "EUR")).toBe(1_999);
    expect(toStripeAmount(1_999, "GBP")).toBe(1_999);
    expect(toStripeAmount(1_999, "USD")).toBe(1_999);
    expect(toStripeAmount(3_500, "JPY")).toBe(3_500);
  });

  it("follows Stripe's exceptions to ISO digits both ways", () => {
    // ICU says zero digits; Stripe wants a two-decimal representation.
    expect(toStripeAmount(500, "HUF")).toBe(50_000);
    expect(fromStripeAmount(50_000, "HUF")).toBe(500);
    expect(toStripeAmount(1_000, "ISK")).toBe(100_000);
    // Three-decimal currencies must be a multiple of 10.
    expect(toStripeAmount(1_230, "KWD")).toBe(1_230);
    expect(() => toStripeAmount(1_234, "KWD")).toThrow(RangeError);
    expect(fromStripeAmount(3_500, "jpy")).toBe(3_500);
  });
});

describe("payment configuration", () => {
  it("accepts Stripe keys by their prefixes and needs a webhook secret in production", () => {
    const base = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
    expect(() => loadConfig({ ...base, STRIPE_SECRET_KEY: "sk_live_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: "pk_test_abc" })).toThrow(/STRIPE_SECRET_KEY/);
    const config = loadConfig({
      ...base,
      STRIPE_SECRET_KEY: "sk_live_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
    });
    expect(config).toMatchObject({ STRIPE_WEBHOOK_TOLERANCE_SECONDS: 300, RECONCILE_LOOKBACK_HOURS: 48 });
  });
});
