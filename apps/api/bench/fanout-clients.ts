/**
 * A worker thread of `pnpm bench:fanout`: holds a share of the sockets watching the show and
 * stamps when each of them receives each delta. Deltas are matched by their (single) seat.
 */
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";

interface Setup {
  showId: string;
  count: number;
  /** Changes per burst. */
  changes: number;
}

const setup = workerData as Setup;
const port = parentPort;
if (!port) throw new Error("run as a worker thread");
const now = () => performance.timeOrigin + performance.now();

let sockets: WebSocket[] = [];
let received = new Float64Array(setup.count * setup.changes);
let deliveries = 0;
let frames: number[][] = [];
/** seatId → index of the change in the current burst. */
let seatIndex: Record<string, number> = {};

/**
 * A lean socket.io client: a raw WebSocket speaking the engine.io v4 / socket.io v5 wire format.
 * Thousands of socket.io-client instances in two threads would measure socket.io-client's own
 * parser more than the server; browsers each parse only their own frames.
 */
function watch(url: string, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`);
    sockets[index] = socket;
    let settled = false;
    const settle = (ok: boolean) => {
      if (!settled) {
        settled = true;
        resolve(ok);
      }
    };
    socket.on("error", () => settle(false));
    socket.on("message", (data: Buffer) => {
      const text = data.toString();
      if (text === "2") return socket.send("3");
      if (text.startsWith("0")) return socket.send("40");
      if (text.startsWith("40"))
        return socket.send(`420${JSON.stringify(["show:watch", { showId: setup.showId }])}`);
      if (text.startsWith("430")) return settle(true);
      if (text.startsWith("42")) onDeltas(index, JSON.parse(text.slice(2))[1]);
    });
  });
}

function onDeltas(index: number, deltas: { changes?: { seatId: string }[] }[]) {
  const at = now();
  const frame: number[] = [];
  for (const delta of deltas) {
    const change = seatIndex[delta.changes?.[0]?.seatId ?? ""];
    if (change === undefined) continue;
    frame.push(change);
    const slot = change * setup.count + index;
    if (received[slot] === 0) {
      received[slot] = at;
      deliveries += 1;
      if (deliveries === setup.count * setup.changes) port?.postMessage({ type: "complete" });
    }
  }
  // The frames of the room's first socket (first in every pass of the sweep): the bare run
  // broadcasts the same frames to everyone.
  if (index === 0 && frame.length > 0) frames.push(frame);
}

port.on("message", async (message: { cmd: string; url?: string; seatIndex?: Record<string, number> }) => {
  if (message.cmd === "connect" && message.url) {
    sockets = [];
    seatIndex = message.seatIndex ?? {};
    received = new Float64Array(setup.count * setup.changes);
    deliveries = 0;
    frames = [];
    let ok = 0;
    // Connect in small waves: a SYN flood of thousands at once only measures the kernel's backlog.
    for (let start = 0; start < setup.count; start += 100) {
      const wave = await Promise.all(
        Array.from({ length: Math.min(100, setup.count - start) }, (_, i) =>
          watch(message.url ?? "", start + i),
        ),
      );
      ok += wave.filter(Boolean).length;
    }
    port.postMessage({ type: "connected", ok });
  } else if (message.cmd === "collect") {
    port.postMessage({ type: "collected", received, deliveries, frames }, [received.buffer]);
    received = new Float64Array(setup.count * setup.changes);
  } else if (message.cmd === "disconnect") {
    for (const socket of sockets) socket.close();
    sockets = [];
    port.postMessage({ type: "disconnected" });
  }
});
port.postMessage({ type: "ready" });
