import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, resolveAppAsset } from "./app-protocol.ts";

const root = path.resolve("/opt/marquee/out/renderer");

describe("resolveAppAsset", () => {
  it("maps app:// paths into the renderer folder", () => {
    expect(resolveAppAsset(root, "app://boxoffice/", "boxoffice")).toBe(path.join(root, "index.html"));
    expect(resolveAppAsset(root, "app://boxoffice/assets/index-abc.js", "boxoffice")).toBe(
      path.join(root, "assets/index-abc.js"),
    );
  });

  it("never leaves the folder, however the path is spelled", () => {
    for (const sneaky of [
      "app://boxoffice/../../etc/passwd",
      "app://boxoffice/%2e%2e/%2e%2e/etc/passwd",
      "app://boxoffice/assets/..%2f..%2f..%2fsecret",
      "app://boxoffice/..%5c..%5cwindows",
    ]) {
      const file = resolveAppAsset(root, sneaky, "boxoffice");
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveAppAsset(root, "app://boxoffice/assets/..%2f..%2f..%2fsecret", "boxoffice")).toBeNull();
  });

  it("refuses paths that do not decode", () => {
    expect(resolveAppAsset(root, "app://boxoffice/%E0%A4%A", "boxoffice")).toBeNull();
  });

  it("serves only its own host and scheme", () => {
    expect(resolveAppAsset(root, "app://kiosk/index.html", "boxoffice")).toBeNull();
    expect(resolveAppAsset(root, "file:///opt/marquee/out/renderer/index.html", "boxoffice")).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  it("lets the page talk to the API and nothing else", () => {
    const policy = contentSecurityPolicy("https://api.venue.example");
    expect(policy).toContain("connect-src 'self' https://api.venue.example wss://api.venue.example");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
  });
});
