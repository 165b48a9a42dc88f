import type { BoxOfficeBridge } from "../shared/bridge.ts";
import { createStandinBridge } from "./bridge-standin.ts";

/** The desktop shell's bridge, or the browser stand-in when the page runs outside Electron. */
export const bridge: BoxOfficeBridge = window.marquee ?? createStandinBridge();
