import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import Stripe from "stripe";

/*
 * A local stand-in for the parts of Stripe's API that Marquee uses, so tests run the real `stripe`
 * SDK over real HTTP (host/port/protocol options) with no network. It keeps PaymentIntents and
 * Refunds in memory, honours idempotency keys like Stripe does, emits the events Stripe would, and
 * can be taken down or slowed to exercise timeouts and the circuit breaker.
 */

type Json = Record<string, unknown>;
export type StandinIntent = Stripe.PaymentIntent;
export type StandinRefund = Stripe.Refund;

export interface StripeStandin {
  url: string;
  /** A `stripe` SDK client pointed at the stand-in. */
  client(options?: { timeoutMs?: number; maxNetworkRetries?: number }): Stripe;
  intents: Map<string, StandinIntent>;
  refunds: Map<string, StandinRefund>;
  /** Every event the stand-in emitted, oldest first. */
  events: Stripe.Event[];
  /** API requests received (method and path), for asserting what reached "Stripe". */
  requests: string[];
  /** "down": every request answers 500; "slow": answers after `slowMs`. */
  mode: "up" | "down" | "slow";
  slowMs: number;
  /** Status of refunds as they are created; "pending" ones settle through `settleRefund`. */
  refundMode: "succeeded" | "pending";
  /** The buyer completes (or fails) the Payment Element; returns the events Stripe would send. */
  pay(intentId: string, result: "succeeded" | "declined" | "processing"): Stripe.Event[];
  settleRefund(refundId: string, status: "succeeded" | "failed"): Stripe.Event[];
  /** A succeeded charge that no Marquee payment owns (created behind our back). */
  orphanCharge(amount: number, currency: string, metadata?: Record<string, string>): StandinIntent;
  /** A refund made in the Stripe dashboard, not by us. */
  dashboardRefund(intentId: string, amount: number): Stripe.Event[];
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

/** Decodes Stripe's form encoding (`metadata[paymentId]=…`, `created[gte]=…`) into nested objects. */
function decodeForm(text: string): Json {
  const out: Json = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.split(/\[|\]\[|\]/).filter((part) => part !== "");
    let node = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      node[part] ??= {};
      node = node[part] as Json;
    });
  }
  return out;
}

export async function startStripeStandin(options: { now?: () => Date } = {}): Promise<StripeStandin> {
  const now = () => Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const intents = new Map<string, StandinIntent>();
  const refunds = new Map<string, StandinRefund>();
  const events: Stripe.Event[] = [];
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const requests: string[] = [];

  const emit = (type: string, object: { object: string }): Stripe.Event => {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    events.push(event);
    return event;
  };

  const newIntent = (amount: number, currency: string, metadata: Record<string, string>): StandinIntent => {
    const intentId = id("pi");
    return {
      id: intentId,
      object: "payment_intent",
      amount,
      amount_received: 0,
      amount_capturable: 0,
      currency,
      status: "requires_payment_method",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      metadata,
      created: now(),
      last_payment_error: null,
      latest_charge: null,
      cancellation_reason: null,
      canceled_at: null,
      capture_method: "automatic",
      livemode: false,
      payment_method_types: ["card"],
    } as unknown as StandinIntent;
  };

  const refundedOf = (intentId: string) =>
    [...refunds.values()]
      .filter((r) => r.payment_intent === intentId && r.status !== "failed" && r.status !== "canceled")
      .reduce((sum, r) => sum + r.amount, 0);

  const createRefund = (
    intent: StandinIntent,
    amount: number,
    metadata: Record<string, string>,
    status: string,
  ) => {
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      payment_intent: intent.id,
      charge: intent.latest_charge,
      status,
      metadata,
      created: now(),
      reason: null,
      failure_reason: undefined,
    } as unknown as StandinRefund;
    refunds.set(refund.id, refund);
    emit("refund.created", refund);
    if (status === "succeeded")
      emit("charge.refunded", { object: "charge", id: intent.latest_charge } as never);
    return refund;
  };

  type Handler = (params: Json, match: RegExpMatchArray) => { status: number; body: unknown };
  const error = (status: number, type: string, message: string, code?: string) => ({
    status,
    body: { error: { type, message, code } },
  });
  const routes: [string, RegExp, Handler][] = [
    [
      "POST",
      /^\/v1\/payment_intents$/,
      (params) => {
        const amount = Number(params.amount);
        if (!Number.isInteger(amount) || amount < 1)
          return error(400, "invalid_request_error", "Invalid amount", "parameter_invalid_integer");
        const intent = newIntent(
          amount,
          String(params.currency),
          (params.metadata ?? {}) as Record<string, string>,
        );
        intents.set(intent.id, intent);
        emit("payment_intent.created", intent);
        return { status: 200, body: intent };
      },
    ],
    [
      "GET",
      /^\/v1\/payment_intents$/,
      (params) => {
        const gte = Number((params.created as Json | undefined)?.gte ?? 0);
        const limit = Number(params.limit ?? 10);
        const all = [...intents.values()].filter((pi) => pi.created >= gte).reverse();
        const after = params.starting_after ? all.findIndex((pi) => pi.id === params.starting_after) + 1 : 0;
        const data = all.slice(after, after + limit);
        return {
          status: 200,
          body: { object: "list", url: "/v1/payment_intents", has_more: after + limit < all.length, data },
        };
      },
    ],
    [
      "GET",
      /^\/v1\/payment_intents\/([^/]+)$/,
      (_params, match) => {
        const intent = intents.get(match[1] ?? "");
        return intent
          ? { status: 200, body: intent }
          : error(404, "invalid_request_error", "No such payment_intent", "resource_missing");
      },
    ],
    [
      "POST",
      /^\/v1\/payment_intents\/([^/]+)\/cancel$/,
      (_params, match) => {
        const intent = intents.get(match[1] ?? "");
        if (!intent) return error(404, "invalid_request_error", "No such payment_intent", "resource_missing");
        if (intent.status === "succeeded" || intent.status === "canceled")
          return error(
            400,
            "invalid_request_error",
            `Cannot cancel a ${intent.status} PaymentIntent`,
            "payment_intent_unexpected_state",
          );
        Object.assign(intent, {
          status: "canceled",
          cancellation_reason: "requested_by_customer",
          canceled_at: now(),
        });
        emit("payment_intent.canceled", intent);
        return { status: 200, body: intent };
      },
    ],
    [
      "POST",
      /^\/v1\/refunds$/,
      (params) => {
        const intent = intents.get(String(params.payment_intent));
        if (!intent) return error(404, "invalid_request_error", "No such payment_intent", "resource_missing");
        const amount = params.amount === undefined ? intent.amount_received : Number(params.amount);
        if (intent.status !== "succeeded")
          return error(
            400,
            "invalid_request_error",
            "This PaymentIntent has no charge to refund",
            "charge_not_refundable",
          );
        if (refundedOf(intent.id) + amount > intent.amount_received)
          return error(400, "invalid_request_error", "Refund exceeds the charge", "amount_too_large");
        const refund = createRefund(
          intent,
          amount,
          (params.metadata ?? {}) as Record<string, string>,
          standin.refundMode,
        );
        return { status: 200, body: refund };
      },
    ],
    [
      "GET",
      /^\/v1\/refunds\/([^/]+)$/,
      (_params, match) => {
        const refund = refunds.get(match[1] ?? "");
        return refund
          ? { status: 200, body: refund }
          : error(404, "invalid_request_error", "No such refund", "resource_missing");
      },
    ],
  ];

  const respond = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://standin");
    const method = req.method ?? "GET";
    requests.push(`${method} ${url.pathname}`);
    if (standin.mode === "slow") await new Promise((resolve) => setTimeout(resolve, standin.slowMs));
    if (standin.mode === "down")
      return respond(res, 500, { error: { type: "api_error", message: "Stand-in is down" } });
    if (req.headers.authorization !== "Bearer sk_test_standin")
      return respond(res, 401, {
        error: { type: "invalid_request_error", message: "Invalid API Key provided" },
      });
    const key = req.headers["idempotency-key"];
    const cacheKey = typeof key === "string" && method === "POST" ? `${url.pathname}:${key}` : null;
    const cached = cacheKey ? idempotent.get(cacheKey) : undefined;
    if (cached) return respond(res, cached.status, cached.body);
    const params = decodeForm(
      method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8"),
    );
    for (const [routeMethod, pattern, handler] of routes) {
      const match = url.pathname.match(pattern);
      if (routeMethod !== method || !match) continue;
      const result = handler(params, match);
      if (cacheKey) idempotent.set(cacheKey, result);
      return respond(res, result.status, result.body);
    }
    return respond(res, 404, {
      error: {
        type: "invalid_request_error",
        message: `Unrecognized request URL (${method}: ${url.pathname})`,
      },
    });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) =>
      respond(res, 500, { error: { type: "api_error", message: String(err) } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const standin: StripeStandin = {
    url,
    client: ({ timeoutMs = 5_000, maxNetworkRetries = 0 } = {}) =>
      new Stripe("sk_test_standin", {
        host: "127.0.0.1",
        port,
        protocol: "http",
        timeout: timeoutMs,
        maxNetworkRetries,
        telemetry: false,
      }),
    intents,
    refunds,
    events,
    requests,
    mode: "up",
    slowMs: 0,
    refundMode: "succeeded",
    pay(intentId, result) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`no intent ${intentId}`);
      if (result === "declined") {
        Object.assign(intent, {
          status: "requires_payment_method",
          last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline" },
        });
        return [emit("payment_intent.payment_failed", intent)];
      }
      if (result === "processing") {
        Object.assign(intent, { status: "processing" });
        return [emit("payment_intent.processing", intent)];
      }
      Object.assign(intent, {
        status: "succeeded",
        amount_received: intent.amount,
        last_payment_error: null,
        latest_charge: id("ch"),
      });
      return [
        emit("charge.succeeded", { object: "charge", id: intent.latest_charge } as never),
        emit("payment_intent.succeeded", intent),
      ];
    },
    settleRefund(refundId, status) {
      const refund = refunds.get(refundId);
      if (!refund) throw new Error(`no refund ${refundId}`);
      Object.assign(refund, {
        status,
        ...(status === "failed" && { failure_reason: "expired_or_canceled_card" }),
      });
      return [emit(status === "failed" ? "refund.failed" : "refund.updated", refund)];
    },
    orphanCharge(amount, currency, metadata = {}) {
      const intent = newIntent(amount, currency, metadata);
      intents.set(intent.id, intent);
      standin.pay(intent.id, "succeeded");
      return intent;
    },
    dashboardRefund(intentId, amount) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`no intent ${intentId}`);
      const before = events.length;
      createRefund(intent, amount, {}, "succeeded");
      return events.slice(before);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
  return standin;
}

/** Signs an event the way Stripe does (real HMAC via the SDK), optionally forged or stale. */
export function signEvent(
  event: Stripe.Event,
  secret: string,
  options: { timestamp?: number; forge?: boolean } = {},
): { payload: string; header: string } {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.forge ? `whsec_forged_${randomBytes(8).toString("hex")}` : secret,
    ...(options.timestamp !== undefined && { timestamp: options.timestamp }),
  });
  return { payload, header };
}

/** Delivers an event to /webhooks/stripe the way Stripe's webhook sender does. */
export async function deliverEvent(
  app: FastifyInstance,
  event: Stripe.Event,
  secret: string,
  options: { timestamp?: number; forge?: boolean } = {},
): Promise<number> {
  const { payload, header } = signEvent(event, secret, options);
  const response = await app.inject({
    method: "POST",
    url: "/webhooks/stripe",
    headers: { "content-type": "application/json", "stripe-signature": header },
    payload,
  });
  return response.statusCode;
}
