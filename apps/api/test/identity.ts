import { randomBytes } from "node:crypto";
import type { MemberRole, UserRole } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { TRPCError } from "@trpc/server";
import { generate } from "otplib";
import type { Clock } from "../src/clock.ts";
import { hashPassword } from "../src/modules/identity/passwords.ts";
import type { AuthUser } from "../src/modules/identity/principal.ts";

export const PASSWORD = "tangerine-harbour-41";

/** A user with a real password hash, straight into the table. */
export async function createAccount(
  db: DbExecutor,
  options: { role?: UserRole; email?: string; name?: string; verified?: boolean; password?: string } = {},
): Promise<AuthUser & { email: string; name: string }> {
  const suffix = randomBytes(4).toString("hex");
  const [user] = await db
    .insert(schema.users)
    .values({
      email: options.email ?? `person-${suffix}@example.test`,
      name: options.name ?? `Person ${suffix}`,
      role: options.role ?? "buyer",
      passwordHash: await hashPassword(options.password ?? PASSWORD),
      emailVerifiedAt: options.verified === false ? null : new Date(),
    })
    .returning({
      id: schema.users.id,
      role: schema.users.role,
      email: schema.users.email,
      name: schema.users.name,
    });
  if (!user) throw new Error("user not inserted");
  return user;
}

export async function addMember(db: DbExecutor, organizationId: string, userId: string, role: MemberRole) {
  await db.insert(schema.memberships).values({ organizationId, userId, role });
}

/** The TOTP code for `secret` at the clock's time (optionally some 30-second steps later). */
export const totp = (secret: string, clock: Clock, stepsLater = 0) =>
  generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + stepsLater * 30 });

/** The stable code (or tRPC code) and the details of a failed call. */
export async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: string; details?: Record<string, unknown> } | undefined;
    return { code: cause?.code ?? error.code, details: cause?.details ?? {}, message: error.message };
  }
  throw new Error("expected the call to fail");
}

/** The token out of a link in an email body (`...#token=<token>`). */
export function tokenFromMail(text: string): string {
  const match = text.match(/#token=([A-Za-z0-9_.-]+)/);
  if (!match?.[1]) throw new Error(`no token link in:\n${text}`);
  return match[1];
}

/** The access token of a bearer-mode sign-in (cookie mode, the web's, puts none in the body). */
export function accessTokenOf(session: { accessToken?: string | undefined }): string {
  if (!session.accessToken) throw new Error("expected a bearer-mode session with an access token");
  return session.accessToken;
}
