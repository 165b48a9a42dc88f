import cluster from "node:cluster";
import { ConfigError, loadConfig } from "../config.ts";
import { resolveAuthSecret } from "../modules/identity/tokens.ts";
import { run } from "./run.ts";
import { superviseProcesses } from "./supervise.ts";

// API_PROCESSES > 1: this process forks that many api processes sharing the port (node:cluster).
const processes = cluster.isPrimary ? apiProcesses() : 1;
if (processes > 1) superviseProcesses(processes);
else await run(["server"]);

function apiProcesses(): number {
  try {
    const config = loadConfig();
    if (config.API_PROCESSES > 1) {
      if (!config.DATABASE_URL) {
        console.error("API_PROCESSES > 1 needs DATABASE_URL: embedded PostgreSQL serves one process.");
        process.exit(2);
      }
      // Made once here, so every process signs and checks with the same key.
      resolveAuthSecret(config.AUTH_SECRET, config.DATA_DIR);
    }
    return config.API_PROCESSES;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
