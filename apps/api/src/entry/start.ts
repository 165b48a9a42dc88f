import { run } from "./run.ts";

// One process, both roles: the single-machine default behind `pnpm start`.
await run(["server", "worker"]);
