import type { FastifyPluginAsync } from "fastify";
import Stripe from "stripe";
import type { Services } from "../../context.ts";
import { receiveStripeEvent, type WebhookHooks } from "./webhooks.ts";

export interface WebhookRouteOptions {
  services: Services;
  hooks?: WebhookHooks;
}

/**
 * POST /webhooks/stripe. The signature is verified on the exact bytes Stripe sent (so this plugin
 * keeps its own raw-body parser, scoped to itself), with a timestamp tolerance against replays.
 * 400: not from Stripe or too old (never retried usefully); 500: we failed, Stripe retries; 200:
 * applied or already applied.
 */
export const stripeWebhookRoute: FastifyPluginAsync<WebhookRouteOptions> = async (
  app,
  { services, hooks },
) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  app.post("/webhooks/stripe", async (request, reply) => {
    const secret = services.config.STRIPE_WEBHOOK_SECRET;
    if (!secret || !services.gateways.stripe)
      return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Stripe is not configured" } });
    const signature = request.headers["stripe-signature"];
    const body = request.body;
    if (typeof signature !== "string" || !Buffer.isBuffer(body))
      return reply.code(400).send({ error: { code: "BAD_SIGNATURE", message: "Missing signature or body" } });
    const now = services.clock.now();
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(
        body,
        signature,
        secret,
        services.config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
        undefined,
        now.getTime(),
      );
    } catch {
      services.log.warn({ ip: request.ip }, "stripe webhook rejected: bad signature or stale timestamp");
      return reply
        .code(400)
        .send({ error: { code: "BAD_SIGNATURE", message: "Signature verification failed" } });
    }
    try {
      const receipt = await receiveStripeEvent({ ...services, now }, event, hooks);
      return reply.code(200).send({ received: true, receipt });
    } catch (error) {
      services.log.error({ err: error, eventId: event.id, type: event.type }, "stripe webhook failed");
      return reply.code(500).send({ error: { code: "INTERNAL", message: "Event not applied; retry" } });
    }
  });
};
