import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStripeTestbed, type StripeTestbed, webhookSecret } from "../../../test/fixtures/payments.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { signEvent } from "../../../test/stripe-standin.ts";
import { buildHttpServer } from "../../http/server.ts";

let bed: StripeTestbed;
beforeAll(async () => {
  bed = await createStripeTestbed();
});
afterAll(async () => {
  await expectInvariants(bed.platform.db);
  await bed.close();
});

describe("POST /webhooks/stripe on the api server", () => {
  it("verifies the signature on the raw body and leaves JSON parsing elsewhere alone", async () => {
    const app = await buildHttpServer(bed.platform);
    try {
      bed.stripe.orphanCharge(1_000, "inr");
      const event = bed.stripe.events.at(-1)!;
      const now = Math.floor(bed.platform.clock.now().getTime() / 1000);
      const { payload, header } = signEvent(event, webhookSecret, { timestamp: now });
      const post = (body: string, signature: string) =>
        app.inject({
          method: "POST",
          url: "/webhooks/stripe",
          headers: { "content-type": "application/json", "stripe-signature": signature },
          payload: body,
        });
      const accepted = await post(payload, header);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toEqual({ received: true, receipt: "processed" });
      expect((await post(payload, header)).json()).toEqual({ received: true, receipt: "duplicate" });
      // Re-serialised JSON (same content, other bytes) no longer matches the signature.
      const reformatted = JSON.stringify(JSON.parse(payload), null, 2);
      expect((await post(reformatted, header)).statusCode).toBe(400);

      const config = await app.inject({ method: "GET", url: "/trpc/payments.config" });
      expect(config.statusCode).toBe(200);
      expect(config.json().result.data.json).toMatchObject({ mode: "test", gateway: "stripe" });
    } finally {
      await app.close();
    }
  });
});
