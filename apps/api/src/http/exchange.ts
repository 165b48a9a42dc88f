import type {} from "@fastify/cookie"; // request.cookies, reply.setCookie
import type { FastifyReply, FastifyRequest } from "fastify";

export interface CookieOptions {
  /** Scripts may not read it (session cookies); the CSRF cookie is readable on purpose. */
  httpOnly: boolean;
  maxAgeSeconds: number;
  path: string;
}

/**
 * The slice of an HTTP request and reply that procedures may use (headers and cookies), so the
 * identity module can run cookie sessions without depending on fastify; tests pass a fake.
 */
export interface HttpExchange {
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: { path: string }): void;
}

/** Over fastify with @fastify/cookie; cookies are Secure when the site is served over https. */
export function fastifyExchange(request: FastifyRequest, reply: FastifyReply, secure: boolean): HttpExchange {
  return {
    header(name) {
      const value = request.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
    cookie(name) {
      return request.cookies?.[name];
    },
    setCookie(name, value, options) {
      reply.setCookie(name, value, {
        httpOnly: options.httpOnly,
        maxAge: options.maxAgeSeconds,
        path: options.path,
        sameSite: "strict",
        secure,
      });
    },
    clearCookie(name, options) {
      reply.clearCookie(name, { path: options.path, sameSite: "strict", secure });
    },
  };
}
