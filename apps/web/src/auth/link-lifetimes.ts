/**
 * How long emailed links work, to tell people. Kept in step with the API's
 * `emailTokenMinutes` (apps/api/src/modules/identity/email-tokens.ts).
 */
export const linkLifetimes = {
  resetPasswordMinutes: 30,
  magicLinkMinutes: 15,
  verifyEmailHours: 48,
} as const;
