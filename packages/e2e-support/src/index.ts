export * from "./api-server.ts";
export * from "./axe.ts";
export * from "./browser.ts";
export * from "./build-once.ts";
export * from "./demo.ts";
export * from "./qr.ts";
export * from "./seat-map.ts";
