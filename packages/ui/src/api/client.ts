import type { AppRouter } from "@marquee/api";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { type BearerSessionOptions, createBearerSession } from "../session/bearer-session.ts";
import { type CookieSessionOptions, createCookieSession } from "../session/cookie-session.ts";
import { sessionRenewalLink } from "./session-renewal-link.ts";

export type ApiClient = TRPCClient<AppRouter>;

/** One tRPC context for all three apps: `useTRPC()` gives typed query and mutation options. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export interface ApiClientOptions {
  /** Where the API lives: "" for the same origin (web, behind a proxy), else e.g. "http://localhost:3000". */
  url: string;
  /** A fixed access token for a short errand (no renewal); apps signed in for long use `bearerSession`. */
  getToken?: () => string | null;
  /**
   * Box office and kiosk: the store holds the tokens; an expired access token is renewed with
   * the refresh token and the call sent again.
   */
  bearerSession?: BearerSessionOptions;
  /** A paired device's `<terminalId>.<secret>`, for box office and kiosk. */
  getDeviceKey?: () => string | null | Promise<string | null>;
  /**
   * The web: the API keeps the session in httpOnly cookies (the store holds only who is
   * signed in), and an expired access token is renewed once, across tabs, and the call sent again.
   */
  cookieSession?: CookieSessionOptions;
}

export function trpcEndpoint(apiUrl: string): string {
  return `${apiUrl.replace(/\/+$/, "")}/trpc`;
}

export function createApiClient({
  url,
  getToken,
  getDeviceKey,
  cookieSession,
  bearerSession,
}: ApiClientOptions): ApiClient {
  // Renewing calls `auth.refresh` on this very client (the renewal link lets that call through).
  let client: ApiClient | undefined;
  const ready = () => {
    if (!client) throw new Error("the API client is not ready yet");
    return client;
  };
  const session = cookieSession
    ? createCookieSession(cookieSession, () => ready().auth.refresh.mutate({}))
    : bearerSession
      ? createBearerSession(bearerSession, (refreshToken) => ready().auth.refresh.mutate({ refreshToken }))
      : null;
  const transport = httpBatchLink({
    url: trpcEndpoint(url),
    transformer: superjson,
    async headers() {
      const headers: Record<string, string> = { ...session?.headers() };
      const token = getToken?.();
      if (token) headers.authorization = `Bearer ${token}`;
      const deviceKey = await getDeviceKey?.();
      if (deviceKey) headers["x-marquee-device"] = deviceKey;
      return headers;
    },
  });
  client = createTRPCClient<AppRouter>({
    links: session ? [sessionRenewalLink<AppRouter>(session), transport] : [transport],
  });
  return client;
}
