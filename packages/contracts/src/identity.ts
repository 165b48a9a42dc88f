import { z } from "zod";
import { authResult, otpCode, PASSWORD_MAX_LENGTH, publicUser, userRoles } from "./auth.ts";

/*
 * Accounts beyond sign-in: two-step verification, sessions, devices, organization roles, the
 * audit log and personal data (export, erase, marketing consent).
 */

const cursorInput = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

// two-step verification (TOTP)

export const mfaStatus = z.object({
  enabled: z.boolean(),
  /** Organization owners and admins must have it. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

/** Signed in, or with the enrolment token of a sign-in that needs enrolment first. */
export const mfaBeginInput = z
  .object({ enrolmentToken: z.string().min(16).max(2048).optional() })
  .default({});
export const mfaEnrolment = z.object({
  /** Base32, for typing into an authenticator app. */
  secret: z.string(),
  /** otpauth:// URI, for a QR code. */
  otpauthUri: z.string(),
});
export const mfaConfirmInput = z.object({
  code: otpCode,
  enrolmentToken: z.string().min(16).max(2048).optional(),
});
export const mfaConfirmResult = z.object({
  /** Shown once: each signs in once when the authenticator is lost. */
  recoveryCodes: z.array(z.string()),
  /** With an enrolment token: the session of the sign-in that asked for enrolment. */
  session: authResult.optional(),
});
export const mfaCodeInput = z.object({ code: otpCode });

// sessions

export const sessionSummary = z.object({
  id: z.uuid(),
  createdAt: z.date(),
  lastUsedAt: z.date(),
  expiresAt: z.date(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  terminalId: z.uuid().nullable(),
  current: z.boolean(),
});
export const sessionRef = z.object({ sessionId: z.uuid() });

// devices (box office and kiosk terminals)

export const terminalKinds = ["boxoffice", "kiosk"] as const;
export type TerminalKind = (typeof terminalKinds)[number];

export const createPairingCodeInput = z.object({ venueId: z.uuid(), kind: z.enum(terminalKinds) });
export const pairingCode = z.object({ code: z.string(), expiresAt: z.date() });
export const pairDeviceInput = z.object({
  code: z
    .string()
    .trim()
    .min(6)
    .max(16)
    .regex(/^[A-Za-z0-9-]+$/),
  name: z.string().trim().min(1).max(80),
});
export const pairedDevice = z.object({
  terminalId: z.uuid(),
  /** `<terminalId>.<secret>` for the X-Marquee-Device header. Shown once. */
  deviceKey: z.string(),
  venueId: z.uuid(),
  organizationId: z.uuid(),
  kind: z.enum(terminalKinds),
});
export const terminalSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(terminalKinds),
  venueId: z.uuid(),
  pairedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  lastSeenAt: z.date().nullable(),
});
export const venueRef = z.object({ venueId: z.uuid() });
export const terminalRef = z.object({ terminalId: z.uuid() });
export const staffPin = z.string().regex(/^\d{6,8}$/, { error: "Use 6 to 8 digits" });
export const setPinInput = z.object({ pin: staffPin, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });
export const deviceSignInInput = z.object({ email: z.email().max(254), pin: staffPin });

// organizations and roles

export const memberRoles = ["owner", "manager", "checkin"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const organizationRef = z.object({ organizationId: z.uuid() });
export const myMembership = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: z.enum(memberRoles),
});
export const member = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(memberRoles),
});
export const setMemberInput = z.object({
  organizationId: z.uuid(),
  email: z.email().max(254),
  role: z.enum(memberRoles),
});
export const removeMemberInput = z.object({ organizationId: z.uuid(), userId: z.uuid() });
export const cashierAssignmentInput = z.object({
  venueId: z.uuid(),
  email: z.email().max(254),
  assigned: z.boolean(),
});

// platform administration

export const adminUserSearchInput = z
  .object({ query: z.string().trim().max(254).default("") })
  .default({ query: "" });
export const adminUser = publicUser.extend({
  disabled: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.date(),
});
export const setRoleInput = z.object({ userId: z.uuid(), role: z.enum(userRoles) });
export const setDisabledInput = z.object({ userId: z.uuid(), disabled: z.boolean() });

// audit log

export const auditListInput = cursorInput.extend({ organizationId: z.uuid().optional() });
export const auditEntry = z.object({
  id: z.uuid(),
  at: z.date(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  actorUserId: z.uuid().nullable(),
  actorTerminalId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const auditPage = z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() });

// personal data

export const consentChannels = ["email", "sms", "push"] as const;
export type ConsentChannel = (typeof consentChannels)[number];
export const consentState = z.object({
  channel: z.enum(consentChannels),
  granted: z.boolean(),
  at: z.date().nullable(),
});
export const setConsentInput = z.object({ channel: z.enum(consentChannels), granted: z.boolean() });
export const eraseAccountInput = z.object({
  /** Re-authentication: the password, or for accounts without one the word ERASE. */
  confirmation: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
/** Everything held about the signed-in person, as one JSON document. */
export const personalDataExport = z.object({
  exportedAt: z.date(),
  format: z.literal("marquee-personal-data/1"),
  sections: z.record(z.string(), z.unknown()),
});
