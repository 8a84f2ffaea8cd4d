/**
 * CPU profile of the crm-kpi side of the benchmark, one profile per measured step, with the
 * functions that take the most self time. It uses V8's sampling profiler (the one behind
 * `node --cpu-prof`) through `node:inspector`, so each step gets its own profile.
 *
 * Usage: `node --expose-gc --max-old-space-size=16384 --import tsx test/bench/profile.ts [--scale 1] [--top 15] [--only 2.4,parse]`
 * Steps: 2.1, 2.2, 2.3, 2.4, 2.5 (on generated records, after a warm-up run each) and
 * `parse` (the five parse functions on `toRawRows` output, after a warm-up on 2 % of the rows).
 * `--extended visit-duration,sales-cycle-length` profiles extended indicators instead (by catalogue
 * id, on the extended bench's tables, each after three warm-up runs, five calls per profile).
 * Writes `.tmp/prof/<step>.cpuprofile` (open them in Chrome DevTools, Performance tab) and prints
 * the top self-time functions of each step, with microseconds per record.
 * Not part of the test suite.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toRawRows, type SampleRawRows } from "../../src/sample.js";
import { inputsOf, parseAll, runIndicator, tablesOf, type Records } from "./crmkpi.js";
import { fullGc, since } from "./stats.js";
import { generate, INDICATORS, sizesAt, workloadOf, type IndicatorId, type Workload } from "./workload.js";
import { extendedTablesOf, runExtended } from "./crmkpiExtended.js";
import { EXTENDED, extendedWorkloadOf, generateExtended, type ExtendedId } from "./workloadExtended.js";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** One line of a self-time summary. */
export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function location(frame: CallFrame): string {
  if (frame.url === "") return "";
  const path = frame.url.replace(/^file:\/\//, "").replace(ROOT, "");
  const short = path.includes("node_modules/")
    ? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length)
    : path;
  // tsx compiles each TypeScript file to one line: its line numbers say nothing.
  return short.endsWith(".ts") && frame.lineNumber === 0 ? short : `${short}:${frame.lineNumber + 1}`;
}

/**
 * Self time per function (name and location), from the samples and their time deltas.
 *
 * @param profile - a V8 CPU profile
 * @returns functions by decreasing self time
 */
export function selfTimes(profile: Profile): SelfTime[] {
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) byId.set(node.id, node);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const micros = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    // A sample's time is the delta to the next sample.
    const dt = deltas[i + 1] ?? 0;
    if (node === undefined) continue;
    const frame = node.callFrame;
    const name = `${frame.functionName === "" ? "(anonymous)" : frame.functionName} ${location(frame)}`.trim();
    micros.set(name, (micros.get(name) ?? 0) + dt);
    total += dt;
  }
  return [...micros]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total === 0 ? 0 : us / total }))
    .sort((a, b) => b.ms - a.ms);
}

async function profiled<T>(
  session: Session,
  step: string,
  run: () => T,
): Promise<{ result: T; ms: number; profile: Profile }> {
  fullGc();
  await session.post("Profiler.start");
  const start = performance.now();
  const result = run();
  const ms = since(start);
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  const dir = join(ROOT, ".tmp", "prof");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${step}.cpuprofile`), JSON.stringify(profile));
  return { result, ms, profile };
}

function print(step: string, ms: number, records: number, what: string, profile: Profile, top: number): void {
  const lines = [
    `\n## ${step}: ${ms.toFixed(0)} ms for ${records.toLocaleString("en-US")} ${what} (${((ms * 1000) / records).toFixed(3)} us per record)`,
  ];
  lines.push("| self ms | share | us/record | function |", "|---:|---:|---:|---|");
  for (const s of selfTimes(profile).slice(0, top)) {
    lines.push(
      `| ${s.ms.toFixed(1)} | ${(s.share * 100).toFixed(1)} % | ${((s.ms * 1000) / records).toFixed(3)} | \`${s.name}\` |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** Records each step reads (the denominator of "per record"). */
function recordsRead(id: IndicatorId, records: Records): { n: number; what: string } {
  switch (id) {
    case "2.1":
    case "2.2":
      return { n: records.orders.length, what: "orders" };
    case "2.3":
    case "2.5":
      return { n: records.deals.length, what: "deals" };
    case "2.4":
      return { n: records.activities.length, what: "activities" };
  }
}

/** Profiles extended indicators: five calls each after three warm-up calls. */
async function profileExtended(session: Session, scale: number, ids: readonly string[], top: number): Promise<void> {
  const known: readonly string[] = EXTENDED;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`--extended: unknown ${unknown.join(", ")} (known: ${EXTENDED.join(", ")})`);
  const data = generateExtended(scale);
  const w = extendedWorkloadOf(data);
  const tables = extendedTablesOf(data);
  process.stdout.write(`# crm-kpi CPU profile, extended, scale ${scale}: ${data.orders.length} orders\n`);
  for (const id of ids as readonly ExtendedId[]) {
    for (let i = 0; i < 3; i++) runExtended(id, tables, w);
    const { ms, profile } = await profiled(session, id, () => {
      for (let i = 0; i < 5; i++) runExtended(id, tables, w);
    });
    print(`${id} (5 calls)`, ms, 5, "calls", profile, top);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  const scale = Number(arg("--scale") ?? "1");
  const top = Number(arg("--top") ?? "15");
  const only = arg("--only")?.split(",");
  const wanted = (step: string): boolean => only === undefined || only.includes(step);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  const extended = arg("--extended")?.split(",");
  if (extended !== undefined) {
    await profileExtended(session, scale, extended, top);
    session.disconnect();
    return;
  }
  const sizes = sizesAt(scale);
  process.stdout.write(
    `# crm-kpi CPU profile, scale ${scale}: ${sizes.orders} orders, ${sizes.deals} deals, ${sizes.activities} activities\n`,
  );
  const data = generate(scale);
  const w: Workload = workloadOf(data);
  const inputs = inputsOf(data, tablesOf(data));
  for (const id of INDICATORS) {
    if (!wanted(id)) continue;
    runIndicator(id, inputs, w); // warm-up
    const { ms, profile } = await profiled(session, id, () => runIndicator(id, inputs, w));
    const { n, what } = recordsRead(id, data);
    print(id, ms, n, what, profile, top);
  }
  if (wanted("parse")) {
    const rows: SampleRawRows = toRawRows(data);
    const slice = {
      ...rows,
      orders: rows.orders.slice(0, rows.orders.length / 50),
      deals: rows.deals.slice(0, rows.deals.length / 50),
      activities: rows.activities.slice(0, rows.activities.length / 50),
    };
    parseAll(slice); // warm-up
    const { ms, profile } = await profiled(session, "parse", () => parseAll(rows));
    print(
      "parse",
      ms,
      rows.orders.length + rows.deals.length + rows.activities.length,
      "raw rows (orders + deals + activities)",
      profile,
      top,
    );
  }
  session.disconnect();
}

await main();
