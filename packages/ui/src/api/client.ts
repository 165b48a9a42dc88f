import type { AppRouter } from "@marquee/api";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";

export type ApiClient = TRPCClient<AppRouter>;

/** One tRPC context for all three apps: `useTRPC()` gives typed query and mutation options. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export interface ApiClientOptions {
  /** Where the API lives: "" for the same origin (web, behind a proxy), else e.g. "http://localhost:3000". */
  url: string;
  /** The signed-in user's access token, read on every request. */
  getToken?: () => string | null;
  /** A paired device's `<terminalId>.<secret>`, for box office and kiosk. */
  getDeviceKey?: () => string | null | Promise<string | null>;
}

export function trpcEndpoint(apiUrl: string): string {
  return `${apiUrl.replace(/\/+$/, "")}/trpc`;
}

export function createApiClient({ url, getToken, getDeviceKey }: ApiClientOptions): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: trpcEndpoint(url),
        transformer: superjson,
        async headers() {
          const headers: Record<string, string> = {};
          const token = getToken?.();
          if (token) headers.authorization = `Bearer ${token}`;
          const deviceKey = await getDeviceKey?.();
          if (deviceKey) headers["x-marquee-device"] = deviceKey;
          return headers;
        },
      }),
    ],
  });
}
