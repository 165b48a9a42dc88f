#!/usr/bin/env node
// Runs the whole vitest suite and ends with the plain line `N passed, N failed`, counted from
// vitest's JSON report, so a run that executed no test shows as `0 passed, 0 failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const reportDir = join(process.cwd(), ".data", "test-report");
const report = join(reportDir, "vitest.json");
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed = result.numPassedTests ?? 0;
  failed =
    (result.numFailedTests ?? 0) +
    (result.testResults ?? []).filter(
      (file) => file.status === "failed" && file.assertionResults?.length === 0,
    ).length;
} else {
  failed = 1;
}
// vitest can fail a run with every test green (an unhandled error in a test file): count it.
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
