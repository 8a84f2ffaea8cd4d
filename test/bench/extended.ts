/**
 * The extended part of `npm run bench` (issues 10 and 11): each extended indicator of
 * {@link EXTENDED} on the tables of the seeded sample dataset with its extended records (1M
 * orders, 300k deals, 3M activities at scale 1, and what the generator derives from them), against
 * a hand-written DuckDB query over the same records in the same process, every figure of every
 * timed run checked equal (exact money, same counts, same medians).
 *
 * Timing is the headline part's: per round and indicator, crm-kpi once right after a full garbage
 * collection, then {@link WARM_RUNS} times at once ("warm", what the 1.0x goal is judged on), and
 * DuckDB once; who goes first alternates between rounds. Not part of the test suite.
 *
 * @module
 */
import { DisagreementError, assertAgreement, type ExpectedFigures, type Figures } from "./compare.js";
import {
  extendedFiguresOf,
  extendedTablesOf,
  runExtended,
  type ExtendedRecords,
  type ExtendedTables,
} from "./crmkpiExtended.js";
import { closeDuck, openDuck, runQuery, type Duck } from "./duckdb.js";
import { expectedExtendedFigures, extendedSql, loadExtended } from "./duckdbExtended.js";
import type { Side } from "./report.js";
import { fullGc, since, WARM_RUNS } from "./stats.js";
import { stopwatch, timing, type Run } from "./timing.js";
import {
  EXTENDED,
  extendedWorkloadOf,
  generateExtended,
  type ExtendedId,
  type ExtendedWorkload,
} from "./workloadExtended.js";

/** The extended measurement of one scale. */
export interface ExtendedMeasure {
  readonly scale: number;
  /** Record counts of each kind read. */
  readonly counts: Readonly<Record<string, number>>;
  readonly indicators: Readonly<Record<ExtendedId, Side>>;
  /** DuckDB's version and thread count. */
  readonly duckdb: string;
  /** Untimed setup steps (ms). */
  readonly setup: Readonly<Record<string, number>>;
}

type Log = (message: string) => void;

function timeCrm(id: ExtendedId, t: ExtendedTables, w: ExtendedWorkload): { run: Run; figures: Figures } {
  const stop = stopwatch();
  const result = runExtended(id, t, w);
  const run = stop();
  return { run, figures: extendedFiguresOf(id, result) };
}

async function timeDuck(
  duck: Duck,
  id: ExtendedId,
  sql: string,
  w: ExtendedWorkload,
): Promise<{ run: Run; figures: ExpectedFigures }> {
  const stop = stopwatch();
  const rows = await runQuery(duck, sql);
  const run = stop();
  return { run, figures: expectedExtendedFigures(id, rows, w) };
}

/** A copy of `figures` with one value off by one unit in its last place must be refused. */
function canary(id: ExtendedId, figures: Figures, expected: ExpectedFigures): void {
  const [key, value] = [...figures].find(([, x]) => x !== "0") ?? [];
  if (key === undefined || value === undefined) throw new Error(`${id}: no non-zero figure to perturb`);
  const broken = new Map(figures);
  broken.set(key, String(Number(value) + (value.includes(".") ? 0.01 : 1)));
  try {
    assertAgreement(`canary ${id}`, broken, expected);
  } catch (error) {
    if (error instanceof DisagreementError) return;
    throw error;
  }
  throw new Error(`${id}: the comparison accepted a perturbed figure ${key}: the agreement checks would prove nothing`);
}

/**
 * Generates the dataset at `scale`, builds its tables, loads DuckDB, checks every indicator's
 * figures, then times `runs` rounds.
 *
 * @param scale - 1 = 1M orders, 300k deals, 3M activities
 * @param runs - timed rounds
 * @param only - indicators to measure (default: all of {@link EXTENDED})
 * @param log - progress lines (stderr)
 * @returns the measurement
 * @throws DisagreementError when a figure differs between crm-kpi and DuckDB
 */
export async function measureExtended(
  scale: number,
  runs: number,
  only: readonly ExtendedId[],
  log: Log,
): Promise<ExtendedMeasure> {
  const setup: Record<string, number> = {};
  let start = performance.now();
  let data: ReturnType<typeof generateExtended> | null = generateExtended(scale);
  setup["generating the records (with the extended ones)"] = since(start);
  const w = extendedWorkloadOf(data);
  const records: ExtendedRecords = data;
  data = null;
  const counts = {
    orders: records.orders.length,
    deals: records.deals.length,
    activities: records.activities.length,
    deliveries: records.deliveries.length,
    penalties: records.penalties.length,
    "survey responses": records.surveyResponses.length,
    complaints: records.complaints.length,
    offers: records.offers.length,
    requests: records.requests.length,
    expenses: records.expenses.length,
    "stage changes": records.stageChanges.length,
    "close-date changes": records.closeDateChanges.length,
  };
  log(
    `extended: scale ${scale}, ${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}`,
  );
  start = performance.now();
  const tables = extendedTablesOf(records);
  setup["building their tables"] = since(start);

  // crm-kpi warm-up, before DuckDB exists in the process.
  const warm = new Map<ExtendedId, Figures>();
  for (const id of only) {
    fullGc();
    const t = timeCrm(id, tables, w);
    warm.set(id, t.figures);
    log(`  warm-up ${id}: ${t.run.ms.toFixed(1)} ms, ${t.figures.size} figures`);
  }

  const duck = await openDuck();
  start = performance.now();
  await loadExtended(duck, records);
  setup["loading DuckDB with the appender"] = since(start);
  log(`  DuckDB ${duck.version} (${duck.threads} threads) loaded in ${since(start).toFixed(0)} ms`);
  const sql = new Map(only.map((id) => [id, extendedSql(id, w)]));
  const checked = new Map<ExtendedId, number>();
  for (const id of only) {
    const expected = expectedExtendedFigures(id, await runQuery(duck, sql.get(id) as string), w);
    const mine = warm.get(id) as Figures;
    checked.set(id, assertAgreement(`warm-up ${id}`, mine, expected));
    canary(id, mine, expected);
  }
  log("  extended warm-up figures agree");

  const crm = new Map(only.map((id) => [id, [] as Run[]]));
  const cold = new Map(only.map((id) => [id, [] as Run[]]));
  const theirs = new Map(only.map((id) => [id, [] as Run[]]));
  for (let r = 0; r < runs; r++) {
    for (const id of only) {
      const query = sql.get(id) as string;
      const mineRuns = (): { cold: Run; warm: Run[]; figures: Figures[] } => {
        fullGc();
        const first = timeCrm(id, tables, w);
        const next = Array.from({ length: WARM_RUNS }, () => timeCrm(id, tables, w));
        return {
          cold: first.run,
          warm: next.map((x) => x.run),
          figures: [first.figures, ...next.map((x) => x.figures)],
        };
      };
      let mine: ReturnType<typeof mineRuns>;
      let duckRun: { run: Run; figures: ExpectedFigures };
      if (r % 2 === 0) {
        mine = mineRuns();
        duckRun = await timeDuck(duck, id, query, w);
      } else {
        duckRun = await timeDuck(duck, id, query, w);
        mine = mineRuns();
      }
      crm.get(id)?.push(...mine.warm);
      cold.get(id)?.push(mine.cold);
      theirs.get(id)?.push(duckRun.run);
      for (const figures of mine.figures)
        checked.set(id, assertAgreement(`run ${r + 1} ${id}`, figures, duckRun.figures));
    }
    log(
      `  extended round ${r + 1}/${runs} (crm-kpi warm/after GC, DuckDB ms): ` +
        only
          .map(
            (id) =>
              `${id} ${(crm.get(id)?.at(-1)?.ms ?? 0).toFixed(0)}/${(cold.get(id)?.at(-1)?.ms ?? 0).toFixed(0)}, ${(theirs.get(id)?.at(-1)?.ms ?? 0).toFixed(0)}`,
          )
          .join("; "),
    );
  }
  closeDuck(duck);
  const indicators = Object.fromEntries(
    only.map((id) => [
      id,
      {
        crmKpi: timing(crm.get(id) ?? []),
        crmKpiAfterGc: timing(cold.get(id) ?? []),
        duckdb: timing(theirs.get(id) ?? []),
        figuresChecked: checked.get(id) ?? 0,
      },
    ]),
  ) as Record<ExtendedId, Side>;
  return { scale, counts, indicators, duckdb: `${duck.version} (${duck.threads} threads)`, setup };
}

/** Every extended indicator, in table order. */
export const ALL_EXTENDED: readonly ExtendedId[] = EXTENDED;
