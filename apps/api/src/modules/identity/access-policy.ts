import type { UserRole } from "@marquee/contracts";
import type { AuthDevice, AuthUser } from "./principal.ts";

/**
 * Who may call a procedure, declared on every procedure through its base procedure
 * (`publicProcedure`, `authedProcedure`, `roleProcedure(...)`, `deviceProcedure`) and enforced
 * by the access gate in trpc.ts. This is the coarse gate; services narrow it further to the
 * caller's own rows, organization or venue.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "roles"; roles: readonly UserRole[] }
  | { kind: "device" };

export type AccessVerdict = "allowed" | "unauthenticated" | "forbidden";

export function admits(
  access: Access | undefined,
  caller: { user: AuthUser | null; device: AuthDevice | null },
): AccessVerdict {
  if (!access) return "forbidden";
  switch (access.kind) {
    case "public":
      return "allowed";
    case "signedIn":
      return caller.user ? "allowed" : "unauthenticated";
    case "roles":
      if (!caller.user) return "unauthenticated";
      return access.roles.includes(caller.user.role) ? "allowed" : "forbidden";
    case "device":
      return caller.device ? "allowed" : "unauthenticated";
  }
}
