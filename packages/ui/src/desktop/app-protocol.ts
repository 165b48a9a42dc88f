import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Net, Protocol } from "electron";

/**
 * In production the renderer is served from app://<host>/ rather than file://, so it has a
 * real origin for the navigation allowlist and a Content-Security-Policy header of our own.
 */
export const appScheme = "app";

export function appOrigin(host: string): string {
  return `${appScheme}://${host}`;
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, "registerSchemesAsPrivileged">): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** The file an app:// request maps to; null for another host or a path that leaves the folder. */
export function resolveAppAsset(rendererDir: string, requestUrl: string, host: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== host) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const relative = pathname.replace(/^\/+/, "") || "index.html";
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) return null;
  return file;
}

/** Scripts and styles only from the app itself; network only to the API. */
export function contentSecurityPolicy(apiUrl: string): string {
  const api = new URL(apiUrl);
  const socket = `${api.protocol === "https:" ? "wss:" : "ws:"}//${api.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${api.origin} ${socket}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function serveRenderer({
  protocol,
  net,
  rendererDir,
  host,
  apiUrl,
}: {
  protocol: Pick<Protocol, "handle">;
  net: Pick<Net, "fetch">;
  rendererDir: string;
  host: string;
  apiUrl: string;
}): void {
  const policy = contentSecurityPolicy(apiUrl);
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url, host);
    if (!file) return new Response("Not found", { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!file.endsWith(".html")) return response;
    const headers = new Headers(response.headers);
    headers.set("content-security-policy", policy);
    headers.set("content-type", "text/html; charset=utf-8");
    return new Response(response.body, { status: response.status, headers });
  });
}
