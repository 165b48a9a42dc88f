import { useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { EmailLinkRequest } from "./EmailLinkRequest.tsx";
import { linkLifetimes } from "./link-lifetimes.ts";

/** Signing in without a password: a one-time link by email (it opens /sign-in/link). */
export function MagicLinkRequestPage() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestMagicLink.mutationOptions());
  return <EmailLinkRequest messages="magicLink" minutes={linkLifetimes.magicLinkMinutes} request={request} />;
}
