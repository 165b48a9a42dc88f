import type { Config } from "../../config.ts";
import type { Services } from "../../context.ts";
import { createMailer } from "../../mail/mailer.ts";
import type { Mailer } from "./mailer.ts";

const platformMailers = new WeakMap<Config, Mailer>();

/** Identity mail goes through the platform mailer unless Services carries one (tests). */
export function mailerOf(services: Pick<Services, "mailer" | "config">): Mailer {
  if (services.mailer) return services.mailer;
  let mailer = platformMailers.get(services.config);
  if (!mailer) {
    mailer = createMailer(services.config);
    platformMailers.set(services.config, mailer);
  }
  return mailer;
}
