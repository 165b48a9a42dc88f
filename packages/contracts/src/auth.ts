import { z } from "zod";

export const userRoles = ["buyer", "organizer", "cashier", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export const emailSchema = z
  .email({ error: "Enter a valid email address" })
  .max(254)
  .transform((value) => value.trim().toLowerCase());

/** NIST 800-63B: length only, no composition rules (the identity issue adds a breached list). */
export const passwordSchema = z
  .string()
  .min(8, { error: "Use at least 8 characters" })
  .max(128, { error: "Use at most 128 characters" });

export const registerInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1).max(120),
});

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

export const publicUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(userRoles),
});
export type PublicUser = z.infer<typeof publicUser>;

export const authResult = z.object({ accessToken: z.string(), user: publicUser });
export type AuthResult = z.infer<typeof authResult>;
