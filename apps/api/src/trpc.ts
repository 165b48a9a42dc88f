import { type ErrorCode, errorCodes, type UserRole } from "@marquee/contracts";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { DomainError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
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

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errorMapping);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  return next({ ctx: { user: ctx.user } });
});

export const roleProcedure = (...roles: UserRole[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new DomainError("FORBIDDEN", "You do not have access to this.");
    return next();
  });

export const deviceProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.device) throw new DomainError("UNAUTHENTICATED", "This terminal is not paired.");
  return next({ ctx: { device: ctx.device } });
});
