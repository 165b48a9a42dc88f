import type { Context } from "../../../context.ts";
import { requireHuman } from "./captcha.ts";
import { consumeQuota, type Quota } from "./limiters.ts";

interface ProcedureQuota {
  /** Limiter name (Redis key prefix). */
  name: string;
  /** Count per client IP, or per caller (the user, else the terminal, else the IP). */
  per: "ip" | "caller";
  quota: Quota;
  /** Paired terminals sell all day at the counter: their own, higher quota. */
  terminalQuota?: Quota;
  /** Past this many in the window, a configured CAPTCHA is asked for. */
  captchaAfter?: number;
}

const MINUTE = 60;
const HOUR = 3_600;

/**
 * Request quotas by procedure path, in one place (sign-in and sign-up, email links, pairing,
 * and the booking path bots go for). They apply to requests from outside (HTTP); the
 * brute-force guards inside the identity services apply to every caller.
 */
export const procedureQuotas: Readonly<Record<string, readonly ProcedureQuota[]>> = {
  "auth.register": [
    { name: "register-ip", per: "ip", quota: { points: 20, seconds: HOUR }, captchaAfter: 5 },
  ],
  "auth.login": [
    { name: "login-ip", per: "ip", quota: { points: 100, seconds: 15 * MINUTE }, captchaAfter: 30 },
  ],
  "auth.requestPasswordReset": [{ name: "email-link-ip", per: "ip", quota: { points: 20, seconds: HOUR } }],
  "auth.requestMagicLink": [{ name: "email-link-ip", per: "ip", quota: { points: 20, seconds: HOUR } }],
  "auth.resendVerification": [{ name: "email-link-ip", per: "ip", quota: { points: 20, seconds: HOUR } }],
  "auth.resetPassword": [{ name: "token-ip", per: "ip", quota: { points: 30, seconds: 15 * MINUTE } }],
  "auth.verifyEmail": [{ name: "token-ip", per: "ip", quota: { points: 30, seconds: 15 * MINUTE } }],
  "auth.signInWithLink": [{ name: "token-ip", per: "ip", quota: { points: 30, seconds: 15 * MINUTE } }],
  "auth.refresh": [{ name: "refresh-ip", per: "ip", quota: { points: 300, seconds: 15 * MINUTE } }],
  "auth.completeMfa": [{ name: "mfa-ip", per: "ip", quota: { points: 30, seconds: 15 * MINUTE } }],
  "auth.oidcStart": [{ name: "oidc-ip", per: "ip", quota: { points: 60, seconds: 15 * MINUTE } }],
  "auth.oidcFinish": [{ name: "oidc-ip", per: "ip", quota: { points: 60, seconds: 15 * MINUTE } }],
  "devices.pair": [{ name: "pair-ip", per: "ip", quota: { points: 10, seconds: 10 * MINUTE } }],
  "devices.signIn": [{ name: "pin-terminal", per: "caller", quota: { points: 30, seconds: 15 * MINUTE } }],
  "account.exportData": [{ name: "export", per: "caller", quota: { points: 5, seconds: HOUR } }],
  "inventory.hold": [
    {
      name: "hold-caller",
      per: "caller",
      quota: { points: 20, seconds: MINUTE },
      terminalQuota: { points: 120, seconds: MINUTE },
    },
    { name: "hold-ip", per: "ip", quota: { points: 120, seconds: MINUTE } },
  ],
  "booking.checkout": [
    {
      name: "checkout-caller",
      per: "caller",
      quota: { points: 10, seconds: MINUTE },
      terminalQuota: { points: 120, seconds: MINUTE },
    },
    { name: "checkout-ip", per: "ip", quota: { points: 60, seconds: MINUTE } },
  ],
  "booking.completePayment": [
    {
      name: "payment-caller",
      per: "caller",
      quota: { points: 10, seconds: MINUTE },
      terminalQuota: { points: 120, seconds: MINUTE },
    },
  ],
  "tickets.verify": [{ name: "ticket-lookup-ip", per: "ip", quota: { points: 120, seconds: MINUTE } }],
};

export function ipKey(ctx: Pick<Context, "ip" | "tokens">): string {
  // Keyed pseudonyms: Redis never holds a raw IP address.
  return `ip:${ctx.tokens.pseudonym(`ip:${ctx.ip ?? "unknown"}`)}`;
}

function callerKey(ctx: Context): string {
  if (ctx.user) return `u:${ctx.user.id}`;
  if (ctx.device) return `t:${ctx.device.terminalId}`;
  return ipKey(ctx);
}

export async function enforceProcedureRateLimit(ctx: Context, path: string): Promise<void> {
  const quotas = procedureQuotas[path];
  if (!quotas || !ctx.http || ctx.config.RATE_LIMITS === "off") return;
  for (const rule of quotas) {
    const quota = ctx.device && rule.terminalQuota ? rule.terminalQuota : rule.quota;
    const key = rule.per === "ip" ? ipKey(ctx) : callerKey(ctx);
    const used = await consumeQuota(ctx.redis, rule.name, quota, key);
    if (rule.captchaAfter !== undefined && used > rule.captchaAfter) await requireHuman(ctx);
  }
}
