import { useLocation } from "react-router";

/**
 * The one-time token of an emailed link. It travels after `#` so browsers never send it to a
 * server (access logs, Referer headers); see apps/api/src/modules/identity/emails.ts.
 */
export function linkTokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token")?.trim();
  return token ? token : null;
}

export function useLinkToken(): string | null {
  return linkTokenOf(useLocation().hash);
}
