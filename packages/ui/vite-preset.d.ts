import type { UserConfig } from "vite";

export declare function clientPreset(): UserConfig;
