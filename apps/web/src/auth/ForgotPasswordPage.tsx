import { useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { EmailLinkRequest } from "./EmailLinkRequest.tsx";
import { linkLifetimes } from "./link-lifetimes.ts";

/** "Forgot password?": a reset link by email (the email's link opens /reset-password). */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  return (
    <EmailLinkRequest messages="forgot" minutes={linkLifetimes.resetPasswordMinutes} request={request} />
  );
}
