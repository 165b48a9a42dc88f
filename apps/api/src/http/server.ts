import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { LogController } from "fastify";
import { createInnerContext, type Services } from "../context.ts";
import { resolvePrincipal } from "../modules/identity/principal.ts";
import { stripeWebhookRoute } from "../modules/payments/webhook-route.ts";
import { attachRealtime } from "../modules/realtime/server.ts";
import { documentRoutes } from "../modules/receipts/http.ts";
import { type AppRouter, appRouter } from "../router.ts";
import { fastifyExchange } from "./exchange.ts";
import { registerWebSecurity, secureCookies } from "./security.ts";

export interface HttpOptions {
  /** Built web app to serve at `/` (single-page app fallback). */
  webDist?: string | undefined;
}

export async function buildHttpServer(services: Services, options: HttpOptions = {}) {
  const app = Fastify({
    loggerInstance: services.log,
    // Per-request lines are noise at ticket-sale volumes; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    trustProxy: true,
    routerOptions: { maxParamLength: 5_000 },
  });
  await registerWebSecurity(app, services.config);
  const cookiesSecure = secureCookies(services.config);

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const checks = await readinessChecks(services);
    const ready = Object.values(checks).every((value) => value === "ok");
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not ready", checks });
  });

  await app.register(stripeWebhookRoute, { services });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      async createContext({ req, res }) {
        const http = fastifyExchange(req, res, cookiesSecure);
        const { user, device } = await resolvePrincipal(http, services);
        return createInnerContext(services, { user, device, ip: req.ip, http });
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await app.register(documentRoutes(services));
  const realtime = await attachRealtime(app.server, services);
  app.addHook("preClose", () => realtime.close());

  const webDist = options.webDist ? resolve(options.webDist) : undefined;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // Client-side routes fall back to index.html; API paths keep their 404s.
    app.setNotFoundHandler((request, reply) => {
      if (
        request.method === "GET" &&
        !request.url.startsWith("/trpc") &&
        request.headers.accept?.includes("text/html")
      ) {
        return reply.sendFile("index.html");
      }
      return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Not found" } });
    });
  }
  return app;
}

async function readinessChecks({ db, redis }: Pick<Services, "db" | "redis">) {
  const probe = async (fn: () => Promise<unknown>) => {
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000)),
      ]);
      return "ok";
    } catch {
      return "unreachable";
    }
  };
  const [database, cache] = await Promise.all([
    probe(() => db.execute("select 1")),
    probe(() => redis.ping()),
  ]);
  return { database, redis: cache };
}
