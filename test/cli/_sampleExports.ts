/**
 * What the tests of the built command share: a run of the bin as a user runs it, and the sample
 * dataset written as the CSV exports (and the stage map) the command reads.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { generateSampleDataset } from "../../src/sample.js";
import { toRawRows } from "../../src/sample.js";
import { toCsv } from "../csv/toCsv.js";

/** The built command. */
export const CLI = join(fileURLToPath(new URL("../..", import.meta.url)), "dist", "cli.js");

/** What a run of the command gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `bin` (default: the built command) with `args` in `cwd`, in UTC. */
export function runCli(cwd: string, args: readonly string[], bin: string = CLI): CliRun {
  const result = spawnSync("node", [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Empties `work`, then writes the dataset's orders, deals, activities, targets and sellers as CSV
 * files in `work/exports` and its stage map as `work/stages.json`.
 *
 * @returns the exports folder
 */
export function writeSampleExports(work: string, data: ReturnType<typeof generateSampleDataset>): string {
  const exportsDir = join(work, "exports");
  const raw = toRawRows(data);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(exportsDir, { recursive: true });
  writeFileSync(join(exportsDir, "orders.csv"), toCsv(raw.orders));
  writeFileSync(join(exportsDir, "deals.csv"), toCsv(raw.deals));
  writeFileSync(join(exportsDir, "activities.csv"), toCsv(raw.activities));
  writeFileSync(join(exportsDir, "revenue-targets.csv"), toCsv(raw.revenueTargets));
  writeFileSync(join(exportsDir, "activity-targets.csv"), toCsv(raw.activityTargets));
  writeFileSync(join(exportsDir, "sellers.csv"), toCsv(raw.sellers));
  const stages = Object.fromEntries([...data.stageProbabilities].map(([stage, p]) => [stage, Number(p)]));
  writeFileSync(join(work, "stages.json"), JSON.stringify(stages));
  return exportsDir;
}
