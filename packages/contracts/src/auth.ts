import { z } from "zod";

export const userRoles = ["buyer", "organizer", "cashier", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export const emailSchema = z
  .email({ error: "Enter a valid email address" })
  .max(254)
  .transform((value) => value.trim().toLowerCase());

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NIST SP 800-63B: length only, no composition rules. The API also refuses passwords from a
 * bundled list of breached ones and passwords built from the account's own email or name
 * (PASSWORD_REJECTED with `details.reason`).
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "Use at least 8 characters" })
  .max(PASSWORD_MAX_LENGTH, { error: "Use at most 128 characters" });

/** A 6-digit TOTP code or a recovery code (letters and digits, dashes and spaces ignored). */
export const otpCode = z
  .string()
  .trim()
  .min(6)
  .max(32)
  .regex(/^[0-9A-Za-z\- ]+$/, { error: "Enter the code from your authenticator app or a recovery code" });

export const registerInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1).max(120),
});

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /** For accounts with two-step verification: the code, to sign in in one round trip. */
  otp: otpCode.optional(),
});

export const publicUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(userRoles),
  /** Sent by the API; optional so sessions cached by older clients still fit the type. */
  emailVerified: z.boolean().optional(),
});
export type PublicUser = z.infer<typeof publicUser>;

/**
 * A signed-in session. Apps keep `accessToken` and `refreshToken` (bearer mode); the web asks
 * for cookie mode (`X-Marquee-Session: cookie`) and gets httpOnly cookies instead: neither token
 * is in the body, where a script could read it.
 */
export const authResult = z.object({
  accessToken: z.string().optional(),
  user: publicUser,
  refreshToken: z.string().optional(),
  /** When `accessToken` stops working: refresh a little before. */
  expiresAt: z.date().optional(),
});
export type AuthResult = z.infer<typeof authResult>;

/** Opaque one-time tokens (email links) and refresh tokens: URL-safe, bounded. */
export const opaqueToken = z
  .string()
  .min(16)
  .max(256)
  .regex(/^[A-Za-z0-9_.-]+$/);

export const refreshInput = z.object({ refreshToken: opaqueToken.optional() }).default({});
export const logoutInput = z.object({ refreshToken: opaqueToken.optional() }).default({});
export const emailTokenInput = z.object({ token: opaqueToken });
export const emailOnlyInput = z.object({ email: emailSchema });
export const resetPasswordInput = z.object({ token: opaqueToken, password: passwordSchema });
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
/** Always the same answer, whether or not the email has an account. */
export const acceptedResult = z.object({ accepted: z.literal(true) });

/** Opens a live-updates socket as the signed-in person (the web's own token stays in its cookie). */
export const socketToken = z.object({ token: z.string(), expiresAt: z.date() });

/** The challenge token is a short-lived signed statement (a JWT), longer than opaque tokens. */
export const mfaChallengeInput = z.object({
  challengeToken: z
    .string()
    .min(16)
    .max(2048)
    .regex(/^[A-Za-z0-9_.-]+$/),
  code: otpCode,
});

export const oidcProviders = ["google"] as const;
export type OidcProviderName = (typeof oidcProviders)[number];
export const oidcStartInput = z.object({ provider: z.enum(oidcProviders) });
export const oidcStartResult = z.object({ authorizationUrl: z.url() });
/** The full URL the provider redirected the browser to (code and state in its query). */
export const oidcFinishInput = z.object({ provider: z.enum(oidcProviders), callbackUrl: z.url().max(4096) });
export const oidcProviderList = z.array(z.object({ provider: z.enum(oidcProviders), name: z.string() }));
