import { describe, expect, it } from "vitest";
import { apiUrlFromArgv } from "./bridge.ts";
import { parseDeviceKey } from "./device-key.ts";

const terminalId = "01a212bc-fec7-75b3-9120-abea65b1b8bf";

describe("parseDeviceKey", () => {
  it("accepts <uuid>.<secret>, trimming pasted whitespace", () => {
    expect(parseDeviceKey(`  ${terminalId}.mqd_demo_boxoffice_5kQ8wV2nR7tZ4mX9pL3c\n`)).toEqual({
      terminalId,
      secret: "mqd_demo_boxoffice_5kQ8wV2nR7tZ4mX9pL3c",
    });
  });

  it("rejects keys the API would not accept", () => {
    expect(parseDeviceKey("")).toBeNull();
    expect(parseDeviceKey(terminalId)).toBeNull();
    expect(parseDeviceKey(`terminal-1.mqd_demo_boxoffice_5kQ8wV2nR7tZ4mX9pL3c`)).toBeNull();
    expect(parseDeviceKey(`${terminalId}.short`)).toBeNull();
    // the API splits on the first dot only and would drop everything after a second one
    expect(parseDeviceKey(`${terminalId}.mqd_demo_boxoffice.5kQ8wV2nR7tZ4mX9pL3c`)).toBeNull();
  });
});

describe("apiUrlFromArgv", () => {
  it("finds the switch main passes to the preload", () => {
    expect(apiUrlFromArgv(["electron", "--marquee-api-url=https://api.example"])).toBe("https://api.example");
    expect(apiUrlFromArgv(["electron"])).toBeNull();
  });
});
