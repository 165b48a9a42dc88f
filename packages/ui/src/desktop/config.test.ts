import { describe, expect, it } from "vitest";
import { readDesktopConfig } from "./config.ts";

describe("readDesktopConfig", () => {
  it("defaults to a local API and the print dialog", () => {
    expect(readDesktopConfig({}, [])).toEqual({ apiUrl: "http://localhost:3000", printers: {} });
  });

  it("reads the environment, with command-line switches taking precedence", () => {
    const config = readDesktopConfig(
      { MARQUEE_API_URL: "https://env.example/", MARQUEE_RECEIPT_PRINTER: "EPSON_TM_T88" },
      ["--api-url=https://api.venue.example/trpc", "--ticket-printer=BOCA_Lemur"],
    );
    expect(config).toEqual({
      apiUrl: "https://api.venue.example",
      printers: { receiptPrinter: "EPSON_TM_T88", ticketPrinter: "BOCA_Lemur" },
    });
  });

  it("refuses API URLs that are not plain http(s)", () => {
    expect(() => readDesktopConfig({ MARQUEE_API_URL: "file:///etc" }, [])).toThrow(/http/);
    expect(() => readDesktopConfig({ MARQUEE_API_URL: "https://u:p@api.example" }, [])).toThrow(
      /credentials/,
    );
    expect(() => readDesktopConfig({ MARQUEE_API_URL: "api.example" }, [])).toThrow(/not a URL/);
  });
});
