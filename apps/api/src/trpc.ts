import { type ErrorCode, errorCodes, type UserRole } from "@marquee/contracts";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { DomainError } from "./errors.ts";
import { enforceProcedureRateLimit } from "./modules/identity/abuse/procedure-limits.ts";
import { type Access, admits } from "./modules/identity/access-policy.ts";

/** Every procedure says who may call it; the base procedures below set it, and it is enforced. */
export interface ProcedureMeta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    isDev: false, // never send stack traces to clients
    errorFormatter({ shape, error }) {
      const code = appErrorCode(error);
      const issues =
        error.cause instanceof ZodError
          ? error.cause.issues.map(({ path, message }) => ({ path, message }))
          : undefined;
      const details = error.cause instanceof DomainError ? error.cause.details : undefined;
      const message =
        code === "INTERNAL" ? "Something went wrong on our side. Please try again." : shape.message;
      return {
        ...shape,
        message,
        data: { code, httpStatus: shape.data.httpStatus, path: shape.data.path, issues, details },
      };
    },
  });

function appErrorCode(error: TRPCError): ErrorCode {
  if (error.cause instanceof DomainError) return error.cause.code;
  if (error.cause instanceof ZodError || error.code === "BAD_REQUEST" || error.code === "PARSE_ERROR")
    return "VALIDATION_FAILED";
  if (error.code === "UNAUTHORIZED") return "UNAUTHENTICATED";
  if (error.code === "FORBIDDEN") return "FORBIDDEN";
  if (error.code === "NOT_FOUND") return "NOT_FOUND";
  if (error.code === "TOO_MANY_REQUESTS") return "RATE_LIMITED";
  return "INTERNAL";
}

/** The one error mapping: domain errors become their transport code; the rest are logged 500s. */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      throw new TRPCError({ code: errorCodes[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.log.error({ err: cause ?? result.error, path, type }, "unexpected error in procedure");
    }
  }
  return result;
});

/**
 * The access gate: reads the procedure's declared access and refuses anyone it does not admit.
 * A procedure without a declaration is refused to everyone (fail closed).
 */
const accessGate = t.middleware(({ ctx, meta, next }) => {
  const verdict = admits(meta?.access, ctx);
  if (verdict === "unauthenticated") throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  if (verdict === "forbidden") throw new DomainError("FORBIDDEN", "You do not have access to this.");
  return next();
});

/** Per-procedure quotas (holds, checkout, sign-in, ...) on Redis; most procedures have none. */
const rateLimit = t.middleware(async ({ ctx, path, next }) => {
  await enforceProcedureRateLimit(ctx, path);
  return next();
});

const base = t.procedure.use(errorMapping).use(accessGate).use(rateLimit);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. Services still check ownership of what they touch. */
export const publicProcedure = base.meta({ access: { kind: "public" } });

/** Any signed-in user. */
export const authedProcedure = base.meta({ access: { kind: "signedIn" } }).use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  return next({ ctx: { user: ctx.user } });
});

/** Signed-in users with one of these platform roles (admins are not implied: list them). */
export const roleProcedure = (...roles: [UserRole, ...UserRole[]]) =>
  base.meta({ access: { kind: "roles", roles } }).use(({ ctx, next }) => {
    if (!ctx.user) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
    return next({ ctx: { user: ctx.user } });
  });

/** A paired box-office or kiosk terminal (with or without a cashier signed in on it). */
export const deviceProcedure = base.meta({ access: { kind: "device" } }).use(({ ctx, next }) => {
  if (!ctx.device) throw new DomainError("UNAUTHENTICATED", "This terminal is not paired.");
  return next({ ctx: { device: ctx.device } });
});
