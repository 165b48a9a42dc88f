import { emailSchema, passwordSchema } from "@marquee/contracts";

/** Client-side checks mirror the API's schemas, so people hear about a typo before a round trip. */
export type FieldProblem = "required" | "email" | "passwordLength";

export const minimumPasswordLength = passwordSchema.minLength ?? 8;

export function checkEmail(value: string): FieldProblem | null {
  if (value.trim() === "") return "required";
  return emailSchema.safeParse(value.trim()).success ? null : "email";
}

export function checkNewPassword(value: string): FieldProblem | null {
  if (value === "") return "required";
  return passwordSchema.safeParse(value).success ? null : "passwordLength";
}

export function checkRequired(value: string): FieldProblem | null {
  return value.trim() === "" ? "required" : null;
}
