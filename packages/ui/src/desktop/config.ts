export interface DesktopConfig {
  apiUrl: string;
  printers: { receiptPrinter?: string; ticketPrinter?: string };
  /** A credential to pair with on start-up (provisioning a kiosk without touching its screen). */
  provisionDeviceKey?: string;
}

export const defaultApiUrl = "http://localhost:3000";

/** Only http(s) URLs, without credentials or a path: the API's origin. */
export function normalizeApiUrl(value: string | undefined): string {
  if (!value) return defaultApiUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`MARQUEE_API_URL is not a URL: ${value}`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
    throw new Error(`MARQUEE_API_URL must be an http(s) URL without credentials: ${value}`);
  }
  return url.origin;
}

/** Settings from the environment and `--name=value` switches (switches win). */
export function readDesktopConfig(
  env: Record<string, string | undefined>,
  argv: readonly string[],
): DesktopConfig {
  const fromArgs = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const setting = (name: string, envName: string) => fromArgs(name) ?? env[envName] ?? undefined;
  const receiptPrinter = setting("receipt-printer", "MARQUEE_RECEIPT_PRINTER");
  const ticketPrinter = setting("ticket-printer", "MARQUEE_TICKET_PRINTER");
  const provisionDeviceKey = setting("device-key", "MARQUEE_DEVICE_KEY");
  return {
    apiUrl: normalizeApiUrl(setting("api-url", "MARQUEE_API_URL")),
    printers: {
      ...(receiptPrinter ? { receiptPrinter } : {}),
      ...(ticketPrinter ? { ticketPrinter } : {}),
    },
    ...(provisionDeviceKey ? { provisionDeviceKey } : {}),
  };
}
