import type { HttpExchange } from "../../http/exchange.ts";

/*
 * Web sessions ride in cookies: the access and refresh tokens httpOnly (scripts never see
 * them), SameSite=Strict, Secure over https, scoped to /trpc; and a CSRF cookie the web app
 * reads and echoes in the X-CSRF-Token header (signed double-submit, see principal.ts).
 */

export const SESSION_MODE_HEADER = "x-marquee-session";
const ACCESS_COOKIE = "mq_access";
const REFRESH_COOKIE = "mq_refresh";
const CSRF_COOKIE = "mq_csrf";
const API_PATH = "/trpc";

/** The web app asks for cookies with `X-Marquee-Session: cookie`; apps get bearer tokens. */
export const wantsCookieSession = (http: HttpExchange | null): http is HttpExchange =>
  http?.header(SESSION_MODE_HEADER) === "cookie";

export const cookieAccessToken = (http: HttpExchange) => http.cookie(ACCESS_COOKIE);
export const cookieCsrfToken = (http: HttpExchange) => http.cookie(CSRF_COOKIE);
export const cookieRefreshToken = (http: HttpExchange | null) => http?.cookie(REFRESH_COOKIE);

export function setSessionCookies(
  http: HttpExchange,
  session: {
    accessToken: string;
    accessSeconds: number;
    refreshToken: string;
    refreshSeconds: number;
    csrf: string;
  },
): void {
  http.setCookie(ACCESS_COOKIE, session.accessToken, {
    httpOnly: true,
    maxAgeSeconds: session.accessSeconds,
    path: API_PATH,
  });
  http.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    maxAgeSeconds: session.refreshSeconds,
    path: API_PATH,
  });
  http.setCookie(CSRF_COOKIE, session.csrf, {
    httpOnly: false,
    maxAgeSeconds: session.refreshSeconds,
    path: "/",
  });
}

export function clearSessionCookies(http: HttpExchange): void {
  http.clearCookie(ACCESS_COOKIE, { path: API_PATH });
  http.clearCookie(REFRESH_COOKIE, { path: API_PATH });
  http.clearCookie(CSRF_COOKIE, { path: "/" });
}
