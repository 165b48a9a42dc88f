import type { AuthResult, PublicUser } from "@marquee/contracts";
import { type Database, schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./passwords.ts";
import type { AccessTokens } from "./tokens.ts";

const users = schema.users;
const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

interface IdentityDeps {
  db: Database;
  tokens: AccessTokens;
}

export async function registerBuyer(
  { db, tokens }: IdentityDeps,
  input: { email: string; password: string; name: string },
): Promise<AuthResult> {
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash, role: "buyer" })
    .onConflictDoNothing({ target: users.email })
    .returning(publicColumns);
  if (!user)
    throw new DomainError("EMAIL_TAKEN", "An account with this email already exists. Sign in instead.");
  return { accessToken: await tokens.issue({ userId: user.id, role: user.role }), user };
}

export async function signIn(
  { db, tokens }: IdentityDeps,
  input: { email: string; password: string },
): Promise<AuthResult> {
  const [account] = await db
    .select({
      ...publicColumns,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.email, input.email));
  // Verify against a decoy when there is no account, so the answer takes as long either way.
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!account?.passwordHash || !valid || account.deletedAt) {
    throw new DomainError("INVALID_CREDENTIALS", "That email and password do not match.");
  }
  if (account.disabledAt) throw new DomainError("ACCOUNT_DISABLED", "This account has been disabled.");
  const user: PublicUser = { id: account.id, email: account.email, name: account.name, role: account.role };
  return { accessToken: await tokens.issue({ userId: user.id, role: user.role }), user };
}

export async function currentUser({ db }: Pick<IdentityDeps, "db">, userId: string): Promise<PublicUser> {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, userId));
  if (!user) throw new DomainError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return user;
}
