import type { Config } from "../../../config.ts";
import { DomainError } from "../../../errors.ts";
import type { HttpExchange } from "../../../http/exchange.ts";

/** The CAPTCHA hook: sign-in and sign-up ask it when traffic looks automated. */
export interface CaptchaVerifier {
  verify(token: string, ip: string | null): Promise<boolean>;
}

/** The header a client puts the widget's response token in, after a CAPTCHA_REQUIRED answer. */
export const CAPTCHA_HEADER = "x-captcha-token";

/**
 * Turnstile, hCaptcha and reCAPTCHA share one siteverify protocol: POST secret, response and
 * remoteip as a form; the JSON answer has `success`. Any failure to reach it counts as "no".
 */
export function createSiteverifyCaptcha(verifyUrl: string, secret: string): CaptchaVerifier {
  return {
    async verify(token, ip) {
      const form = new URLSearchParams({ secret, response: token });
      if (ip) form.set("remoteip", ip);
      try {
        const response = await fetch(verifyUrl, {
          method: "POST",
          body: form,
          signal: AbortSignal.timeout(5_000),
        });
        if (!response.ok) return false;
        const answer = (await response.json()) as { success?: unknown };
        return answer.success === true;
      } catch {
        return false;
      }
    },
  };
}

export function captchaFromConfig(config: Pick<Config, "CAPTCHA_VERIFY_URL" | "CAPTCHA_SECRET">) {
  if (!config.CAPTCHA_VERIFY_URL || !config.CAPTCHA_SECRET) return undefined;
  return createSiteverifyCaptcha(config.CAPTCHA_VERIFY_URL, config.CAPTCHA_SECRET);
}

/** Throws CAPTCHA_REQUIRED unless a verifier is configured and accepts the request's token. */
export async function requireHuman(ctx: {
  captcha?: CaptchaVerifier | undefined;
  http: HttpExchange | null;
  ip: string | null;
}): Promise<void> {
  if (!ctx.captcha) return;
  const token = ctx.http?.header(CAPTCHA_HEADER);
  if (token && token.length <= 4096 && (await ctx.captcha.verify(token, ctx.ip))) return;
  throw new DomainError("CAPTCHA_REQUIRED", "Please confirm you are not a robot, then try again.", {
    header: CAPTCHA_HEADER,
  });
}
