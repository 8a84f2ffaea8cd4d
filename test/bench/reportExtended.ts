/**
 * The extended part's table (markdown): one row per extended indicator, crm-kpi against its
 * DuckDB query, judged against the issues' goal (at or below 1.0x DuckDB, warm). Not part of the
 * test suite.
 *
 * @module
 */
import type { ExtendedMeasure } from "./extended.js";
import { duration, type Side } from "./report.js";
import { WARM_RUNS } from "./stats.js";
import { EXTENDED_LABELS, type ExtendedId } from "./workloadExtended.js";

/** The goal of issues 10 and 11: each extended indicator at or below DuckDB's time. */
export const EXTENDED_TARGET = 1.0;

/** What the header of a run says. */
export interface RunInfo {
  readonly date: Date;
  readonly source: string;
  readonly machine: string;
  readonly node: string;
  readonly library: "dist" | "src";
  readonly runs: number;
  /** 1, 5 and 15 minute load averages when the measurement started (the machine may be shared). */
  readonly load: readonly number[];
  readonly totalMs: number;
}

function ratio(value: number): string {
  return value >= 100 ? `${Math.round(value)}x` : value >= 10 ? `${value.toFixed(1)}x` : `${value.toFixed(2)}x`;
}

function row(label: string, side: Side): string {
  const q = side.crmKpi.median / side.duckdb.median;
  const cold = side.crmKpiAfterGc;
  return `| ${[
    label,
    duration(side.crmKpi.median),
    duration(side.duckdb.median),
    ratio(q),
    `<= ${EXTENDED_TARGET}x`,
    q <= EXTENDED_TARGET ? "ok" : "MISSED",
    ratio(side.crmKpi.best / side.duckdb.best),
    cold === undefined ? "-" : `${duration(cold.median)} (${ratio(cold.median / side.duckdb.median)})`,
    side.figuresChecked.toLocaleString("en-US"),
  ].join(" | ")} |`;
}

/**
 * The markdown of the extended measurement.
 *
 * @param m - the measurement
 * @param info - date, source, machine, runs, load
 * @param standalone - with its own header (a `--extended-only` run) or as a section after the headline table
 * @returns markdown text
 */
export function renderExtended(m: ExtendedMeasure, info: RunInfo, standalone: boolean): string {
  const lines: string[] = [];
  lines.push(
    standalone
      ? "# crm-kpi against DuckDB: extended indicators (`npm run bench -- --extended-only`)"
      : "## Extended indicators",
  );
  lines.push("");
  if (standalone) {
    lines.push(`- Date: ${info.date.toISOString()}; source measured: ${info.source}; took ${duration(info.totalMs)}`);
    lines.push(
      `- Machine: ${info.machine}; Node ${info.node}; DuckDB ${m.duckdb}; crm-kpi on one thread, ${
        info.library === "dist" ? "from the built package (`dist/index.js`)" : "from its sources through tsx"
      }`,
    );
  }
  lines.push(
    `- Load average when the extended part started (1, 5, 15 min): ${info.load.map((x) => x.toFixed(2)).join(", ")}; the machine may be shared: read the ratios, measured in the same run.`,
  );
  lines.push(
    `- Data (scale ${m.scale}, the sample generator with its extended records): ${Object.entries(m.counts)
      .map(([kind, n]) => `${n.toLocaleString("en-US")} ${kind}`)
      .join(", ")}. crm-kpi reads their tables (built once, like DuckDB's tables, outside the timing).`,
  );
  lines.push(
    `- Each of ${info.runs} rounds times, per indicator, DuckDB once and crm-kpi once right after a full garbage collection, then ${WARM_RUNS} times more ("warm", judged against the goal); every timed run's figures are checked equal.`,
  );
  lines.push("");
  lines.push(
    "| Indicator | crm-kpi | DuckDB | crm-kpi / DuckDB | Goal | Result | Best runs | crm-kpi after a full GC (/ DuckDB) | Figures checked |",
  );
  lines.push("|---|---:|---:|---:|---:|---|---:|---:|---:|");
  for (const [id, side] of Object.entries(m.indicators) as [ExtendedId, Side][])
    lines.push(row(EXTENDED_LABELS[id], side));
  lines.push("");
  lines.push(
    `- Setup, not timed against anything: ${Object.entries(m.setup)
      .map(([what, ms]) => `${what} ${duration(ms)}`)
      .join(", ")}.`,
  );
  lines.push("");
  return lines.join("\n");
}
