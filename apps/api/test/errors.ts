import { TRPCError } from "@trpc/server";

/** The error a procedure call failed with, with the stable app code from its DomainError if any. */
export async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; appCode: string | undefined }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: unknown } | undefined;
    return { code: error.code, appCode: typeof cause?.code === "string" ? cause.code : undefined };
  }
  throw new Error("expected the call to fail");
}

/** The stable app code a call failed with (or the tRPC code when there is none), or "OK". */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: unknown } | undefined;
    return typeof cause?.code === "string" ? cause.code : error.code;
  }
  return "OK";
}
