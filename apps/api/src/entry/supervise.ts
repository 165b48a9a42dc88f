import cluster, { type Worker } from "node:cluster";

/**
 * Forks `count` api processes that share the listening port, replaces one that dies, and
 * passes SIGTERM/SIGINT on so each finishes its in-flight requests before the supervisor exits.
 * Sockets need no stickiness: clients speak WebSocket only, and seat changes cross processes
 * through Redis.
 */
export function superviseProcesses(count: number): void {
  let stopping = false;
  const listening = new WeakSet<Worker>();
  const running = () => Object.keys(cluster.workers ?? {}).length;
  const fork = () => {
    const worker = cluster.fork();
    worker.once("listening", () => listening.add(worker));
  };
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (running() === 0) process.exit();
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit();
      return;
    }
    if (!listening.has(worker)) {
      // It never came up (bad configuration, port taken): starting more would fail the same way.
      console.error(`api process ${worker.process.pid} failed to start (${signal ?? code}); stopping`);
      process.exitCode = typeof code === "number" && code !== 0 ? code : 1;
      stop("SIGTERM");
      return;
    }
    console.error(`api process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, 1_000).unref();
  });
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  for (let i = 0; i < count; i++) fork();
}
