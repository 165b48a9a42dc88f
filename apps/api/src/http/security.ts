import type { IncomingMessage, ServerResponse } from "node:http";
import fastifyCookie from "@fastify/cookie";
import fastifyCors from "@fastify/cors";
import fastifyHelmet from "@fastify/helmet";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { Config } from "../config.ts";

/** Origins of the desktop apps' renderers (served from app://<name>/ in production). */
const desktopOrigins = ["app://boxoffice", "app://kiosk"];
/** Vite dev and preview servers of web, box office and kiosk. */
const devOrigins = [5173, 5174, 5175, 4173, 4174, 4175].map((port) => `http://localhost:${port}`);

/** CORS_ORIGINS when set (comma-separated), else the desktop apps, plus the dev servers outside production. */
export function allowedOrigins(config: Pick<Config, "CORS_ORIGINS" | "NODE_ENV">): string[] {
  if (config.CORS_ORIGINS !== undefined) {
    return config.CORS_ORIGINS.split(",")
      .map((origin) => origin.trim())
      .filter(Boolean);
  }
  return config.NODE_ENV === "production" ? desktopOrigins : [...desktopOrigins, ...devOrigins];
}

/** What Stripe's CSP guide asks for (docs.stripe.com/security/guide#content-security-policy). */
const stripeOrigins = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
};

/** Cookies are Secure when people reach the site over https (and always in production). */
export const secureCookies = (config: Pick<Config, "PUBLIC_URL" | "NODE_ENV">) =>
  config.NODE_ENV === "production" || (config.PUBLIC_URL?.startsWith("https:") ?? false);

/**
 * Security headers for everything served (API and web app), the CORS allowlist, and cookie
 * parsing for the web's session cookies. Request size limits are fastify's bodyLimit.
 */
export async function registerWebSecurity<Log extends FastifyBaseLogger>(
  app: FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Log>,
  config: Config,
): Promise<void> {
  const production = config.NODE_ENV === "production";
  // Stripe's Payment Element: its script and frames come from Stripe, and it talks to Stripe's API.
  const stripe = config.STRIPE_PUBLISHABLE_KEY
    ? { script: stripeOrigins.script, frame: stripeOrigins.frame, connect: stripeOrigins.connect }
    : { script: [], frame: [], connect: [] };
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'", ...stripe.script],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", "https:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'", ...stripe.connect],
        frameSrc: ["'self'", ...stripe.frame],
        workerSrc: ["'self'", "blob:"],
        manifestSrc: ["'self'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: "deny" },
    // Magic-link and reset tokens live in URL fragments, but no Referer is safest anyway.
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  const origins = new Set(allowedOrigins(config));
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin === undefined || origins.has(origin)),
    credentials: true,
    methods: ["GET", "POST"],
    maxAge: 600,
  });
}
