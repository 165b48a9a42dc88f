import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { PASSWORD_MIN_LENGTH } from "@marquee/contracts";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "../../errors.ts";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () => {
  decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
  return decoyHash;
};

let commonPasswords: Promise<Set<string>> | undefined;

/** The bundled breached-password list (see data/README.md), loaded once on first use. */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= readFile(new URL("./data/common-passwords.txt.gz", import.meta.url)).then(
    (gz) => new Set(gunzipSync(gz).toString("utf8").split("\n")),
  );
  return commonPasswords;
}

export type PasswordRejection = "breached" | "context" | "repetitive";

/**
 * NIST SP 800-63B beyond length: refuse passwords from the breached list, passwords made of
 * one or two characters, and passwords that are mostly the service's name or the account's own
 * email or name (those words do not count towards the minimum length). No composition rules.
 */
export async function passwordProblem(
  password: string,
  context: { email?: string | undefined; name?: string | undefined },
): Promise<PasswordRejection | null> {
  const lowered = password.toLowerCase();
  if ((await loadCommonPasswords()).has(lowered)) return "breached";
  if (new Set(lowered).size < 3) return "repetitive";
  const words = ["marquee", context.email?.split("@")[0], ...(context.name?.toLowerCase().split(/\s+/) ?? [])]
    .filter((word): word is string => typeof word === "string" && word.length >= 3)
    .sort((a, b) => b.length - a.length);
  let rest = lowered;
  for (const word of words) rest = rest.split(word).join("");
  if (rest.replace(/[^\p{L}\p{N}]/gu, "").length < PASSWORD_MIN_LENGTH - 2 && rest !== lowered)
    return "context";
  return null;
}

const rejectionMessages: Record<PasswordRejection, string> = {
  breached: "This password appears in lists of leaked passwords. Choose another one.",
  repetitive: "This password repeats the same characters. Choose a longer mix.",
  context: "This password is mostly your name, email or the site's name. Choose another one.",
};

export async function assertAcceptablePassword(
  password: string,
  context: { email?: string | undefined; name?: string | undefined },
): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem) throw new DomainError("PASSWORD_REJECTED", rejectionMessages[problem], { reason: problem });
}
