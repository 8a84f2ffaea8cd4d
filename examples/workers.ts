/**
 * The five headline indicators over one export split across `worker_threads`: each worker parses
 * its half of the rows and computes the partial states of the plans the indicators ask for; the
 * main thread merges them (`computeFromPartials`). The figures are exactly those of one thread
 * over the whole export, which the script checks.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  computeFromPartials,
  computePartials,
  parseActivityTable,
  parseDealTable,
  parseOrderTable,
  periodContaining,
  type PartialPlan,
  type PartialResult,
  type PieceRecords,
} from "crm-kpi";
import { generateSampleDataset, toRawRows, type SampleRawRows } from "crm-kpi/sample";
import { money, table } from "./_format.js";
import { fiveIndicators } from "./_five.js";

type Rows = Pick<SampleRawRows, "orders" | "deals" | "activities">;

/** A worker: parses its rows once, then answers each list of plans with their states over its piece. */
function serve(rows: Rows, part: number): void {
  const piece: PieceRecords = {
    orders: parseOrderTable(rows.orders).table,
    deals: parseDealTable(rows.deals).table,
    activities: parseActivityTable(rows.activities).table,
  };
  parentPort?.on("message", (plans: readonly PartialPlan[]) => {
    parentPort?.postMessage(computePartials(plans, piece, { part }));
  });
}

/**
 * Starts a worker on one piece of the rows (this same file, its `workerData` telling it so). Run
 * as TypeScript (`tsx`), the worker loads this file through tsx too.
 */
function startWorker(rows: Rows, part: number): Worker {
  const options = { workerData: { rows, part } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(import.meta.url), options);
  // tsx's loader, registered in the worker before it imports this file (the tsconfig comes from the environment tsx set).
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** Sends plans to a worker and waits for its states. */
function ask(worker: Worker, plans: readonly PartialPlan[]): Promise<PartialResult[]> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(plans);
  });
}

async function main(): Promise<void> {
  const data = generateSampleDataset({ orders: 20_000, deals: 6_000, activities: 50_000 });
  const rows = toRawRows(data);
  const settings = {
    asOf: data.asOf,
    period: periodContaining(data.asOf, "year"),
    revenueTargets: data.revenueTargets,
    activityTargets: data.activityTargets,
    stageProbabilities: data.stageProbabilities,
  };
  const half = <T>(list: readonly T[], part: 0 | 1): T[] =>
    part === 0 ? list.slice(0, list.length >> 1) : list.slice(list.length >> 1);
  const pieceOf = (part: 0 | 1): Rows => ({
    orders: half(rows.orders, part),
    deals: half(rows.deals, part),
    activities: half(rows.activities, part),
  });

  let start = performance.now();
  const whole = fiveIndicators(
    {
      orders: parseOrderTable(rows.orders).table,
      deals: parseDealTable(rows.deals).table,
      activities: parseActivityTable(rows.activities).table,
    },
    settings,
  );
  console.log(`one thread: parsed and computed in ${Math.round(performance.now() - start)} ms`);

  start = performance.now();
  const workers = [startWorker(pieceOf(0), 0), startWorker(pieceOf(1), 1)];
  try {
    let rounds = 0;
    const split = await computeFromPartials(
      (tables) => fiveIndicators(tables, settings),
      async (plans) => {
        rounds++;
        return (await Promise.all(workers.map((worker) => ask(worker, plans)))).flat();
      },
    );
    console.log(
      `two workers: parsed and computed in ${Math.round(performance.now() - start)} ms (${rounds} rounds of plans)`,
    );
    // Exactly the same figures, ids and order of every list included.
    if (JSON.stringify(split) !== JSON.stringify(whole))
      throw new Error("the workers' figures differ from one thread's");
    console.log("the workers' results are identical to one thread's\n");
    table(
      ["indicator", "figure"],
      [
        ["revenue this year", `${money(split.revenue.total.realized)} of ${money(split.revenue.total.target)}`],
        ["sellers listed", String(split.perSeller.sellers.length)],
        ["weighted pipeline", money(split.pipeline.totals.weighted)],
        ["activities done this year", String(split.activity.total.totalDone)],
        ["deals lost this year", String(split.lost.totals.lostCount)],
      ],
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

if (isMainThread) await main();
else {
  const { rows, part } = workerData as { readonly rows: Rows; readonly part: number };
  serve(rows, part);
}
