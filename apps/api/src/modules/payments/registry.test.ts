import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { createPaymentGateways, paymentsConfigOf } from "./registry.ts";

describe("payment gateways by configuration", () => {
  it("runs simulated gateways in test mode when Stripe is not configured", async () => {
    const config = loadConfig({});
    const gateways = createPaymentGateways(config);
    expect(Object.entries(gateways).flatMap(([name, g]) => (g ? [name] : []))).toEqual([
      "simulated",
      "cash",
      "card_present",
    ]);
    expect(await paymentsConfigOf(config, gateways)).toMatchObject({
      mode: "test",
      gateway: "simulated",
      publishableKey: null,
    });
  });

  it("switches the simulated card gateway and readers off once Stripe is configured", async () => {
    const config = loadConfig({ STRIPE_SECRET_KEY: "sk_live_123", STRIPE_PUBLISHABLE_KEY: "pk_live_123" });
    const gateways = createPaymentGateways(config);
    expect(gateways.simulated).toBeUndefined();
    expect(gateways.card_present).toBeUndefined();
    expect(gateways.stripe?.name).toBe("stripe");
    expect(await paymentsConfigOf(config, gateways)).toEqual({
      mode: "live",
      gateway: "stripe",
      publishableKey: "pk_live_123",
      readers: [],
    });
  });
});
