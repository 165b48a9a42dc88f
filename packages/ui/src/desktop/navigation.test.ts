import { describe, expect, it } from "vitest";
import { isAllowedNavigation } from "./navigation.ts";

describe("isAllowedNavigation", () => {
  it("allows the app's own pages", () => {
    expect(isAllowedNavigation("app://boxoffice/index.html", "app://boxoffice")).toBe(true);
    expect(isAllowedNavigation("app://boxoffice/index.html#/sale", "app://boxoffice")).toBe(true);
    expect(isAllowedNavigation("http://localhost:5173/", "http://localhost:5173")).toBe(true);
  });

  it("blocks other apps, hosts, ports and schemes", () => {
    expect(isAllowedNavigation("app://kiosk/index.html", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("https://example.com/", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("http://localhost:5174/", "http://localhost:5173")).toBe(false);
    expect(isAllowedNavigation("https://localhost:5173/", "http://localhost:5173")).toBe(false);
    expect(isAllowedNavigation("file:///etc/passwd", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("javascript:alert(1)", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("data:text/html,<h1>hi</h1>", "app://boxoffice")).toBe(false);
  });

  it("is not fooled by look-alike hosts or credentials", () => {
    expect(isAllowedNavigation("app://boxoffice.evil.com/", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("http://localhost:5173@evil.com/", "http://localhost:5173")).toBe(false);
    expect(isAllowedNavigation("http://user:pw@localhost:5173/", "http://localhost:5173")).toBe(false);
  });

  it("blocks what is not a URL", () => {
    expect(isAllowedNavigation("not a url", "app://boxoffice")).toBe(false);
    expect(isAllowedNavigation("", "app://boxoffice")).toBe(false);
  });
});
