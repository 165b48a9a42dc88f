import { describe, expect, it } from "vitest";
import { isBlockedShortcut, type KeyInput } from "./kiosk-lockdown.ts";

const press = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: "keyDown",
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe("isBlockedShortcut", () => {
  it("swallows developer tools shortcuts on every platform", () => {
    expect(isBlockedShortcut(press("F12"), "win32")).toBe(true);
    expect(isBlockedShortcut(press("I", { control: true, shift: true }), "linux")).toBe(true);
    expect(isBlockedShortcut(press("j", { control: true, shift: true }), "win32")).toBe(true);
    expect(isBlockedShortcut(press("i", { meta: true, alt: true }), "darwin")).toBe(true);
    expect(isBlockedShortcut(press("c", { meta: true, shift: true }), "darwin")).toBe(true);
  });

  it("swallows reload, print, zoom, close and history", () => {
    expect(isBlockedShortcut(press("F5"), "linux")).toBe(true);
    expect(isBlockedShortcut(press("r", { control: true }), "linux")).toBe(true);
    expect(isBlockedShortcut(press("p", { meta: true }), "darwin")).toBe(true);
    expect(isBlockedShortcut(press("=", { control: true }), "win32")).toBe(true);
    expect(isBlockedShortcut(press("w", { control: true }), "win32")).toBe(true);
    expect(isBlockedShortcut(press("ArrowLeft", { alt: true }), "linux")).toBe(true);
    expect(isBlockedShortcut(press("BrowserBack"), "win32")).toBe(true);
  });

  it("uses the platform's command key", () => {
    // Ctrl+R on a Mac is not reload; Cmd+R is
    expect(isBlockedShortcut(press("r", { control: true }), "darwin")).toBe(false);
    expect(isBlockedShortcut(press("r", { meta: true }), "darwin")).toBe(true);
  });

  it("lets ordinary typing through", () => {
    for (const key of ["a", "Z", "5", "Enter", "Backspace", "ArrowLeft", " ", "@"]) {
      expect(isBlockedShortcut(press(key), "linux")).toBe(false);
    }
    expect(isBlockedShortcut(press("A", { shift: true }), "linux")).toBe(false);
    expect(isBlockedShortcut({ ...press("F12"), type: "keyUp" }, "linux")).toBe(false);
  });
});
