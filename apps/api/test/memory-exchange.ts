import type { HttpExchange } from "../src/http/exchange.ts";

/** A cookie jar standing in for a browser: what the server set is sent back on the next call. */
export function memoryExchange(headers: Record<string, string> = {}): HttpExchange & {
  jar: Map<string, string>;
  headers: Record<string, string>;
} {
  const jar = new Map<string, string>();
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lowered[name.toLowerCase()] = value;
  return {
    jar,
    headers: lowered,
    header: (name) => lowered[name.toLowerCase()],
    cookie: (name) => jar.get(name),
    setCookie: (name, value) => void jar.set(name, value),
    clearCookie: (name) => void jar.delete(name),
  };
}
