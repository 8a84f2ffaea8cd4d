/**
 * The report's records read from files: the indicators run in memory, through a context bound to
 * the report's zone, the sellers and the stage map.
 *
 * @internal
 * @module
 */
import { createKpiContext } from "../context/createKpiContext.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import { locateFiles, readFiles, readOptions, type InputFlags, type Reads } from "./inputs.js";
import type { ReportSource } from "./report.js";

/** A kind's records; the report runs an indicator only when its records are present. */
function present<T>(records: T | undefined, kind: string): T {
  if (records === undefined) throw new Error(`no ${kind} were read`);
  return records;
}

/**
 * The report source of the files read.
 *
 * @param reads - the files read
 * @param timeZone - the report's zone
 * @param stageProbabilities - the pipeline's stage map, if given
 * @returns the source
 */
export function readsSource(
  reads: Reads,
  timeZone: string,
  stageProbabilities: StageProbabilities | undefined,
): ReportSource {
  const sellers = reads.sellers?.result.data;
  const kpi = createKpiContext({
    timeZone,
    sellers: sellers ?? [],
    ...(stageProbabilities === undefined ? {} : { stageProbabilities }),
  });
  const orders = reads.orders?.result.data;
  const deals = reads.deals?.result.data;
  const activities = reads.activities?.result.data;
  return {
    counts: {
      ...(orders === undefined ? {} : { orders: orders.size }),
      ...(deals === undefined ? {} : { deals: deals.size }),
      ...(activities === undefined ? {} : { activities: activities.size }),
    },
    sellers,
    revenueTargets: reads.revenueTargets?.result.data ?? [],
    activityTargets: reads.activityTargets?.result.data ?? [],
    run: {
      revenueVsTargetSeries: (options) =>
        Promise.resolve(kpi.revenueVsTargetSeries(present(orders, "orders"), options)),
      revenuePerSeller: (options) => Promise.resolve(kpi.revenuePerSeller(present(orders, "orders"), options)),
      pipeline: ({ forecast, ...options }) =>
        Promise.resolve(
          kpi.pipeline(present(deals, "deals"), {
            ...options,
            ...(forecast === undefined ? {} : { forecast: { ...forecast, orders: present(orders, "orders") } }),
          }),
        ),
      activityRateGrouped: (options) =>
        Promise.resolve(kpi.activityRateGrouped(present(activities, "activities"), options)),
      lostDeals: (options) => Promise.resolve(kpi.lostDeals(present(deals, "deals"), options)),
    },
  };
}

/**
 * Reads the files the flags name, as the report's source (nothing to close, no other bad rows
 * than the files').
 *
 * @param flags - the input flags; `zone` the report's
 * @param stageProbabilities - the pipeline's stage map, if given
 * @param stderr - where a progress bar goes
 * @returns the source and the files read
 * @throws UsageError for missing files; the first file's read error
 */
export async function readsReport(
  flags: InputFlags & { readonly zone: string },
  stageProbabilities: StageProbabilities | undefined,
  stderr: NodeJS.WritableStream & { readonly isTTY?: boolean },
): Promise<{
  readonly source: ReportSource;
  readonly reads: Reads;
  readonly bad: { readonly count: number; readonly lines: readonly string[] };
  close(): Promise<void>;
}> {
  const reads = await readFiles(locateFiles(flags), readOptions(flags), stderr);
  return {
    source: readsSource(reads, flags.zone, stageProbabilities),
    reads,
    bad: { count: 0, lines: [] },
    close: () => Promise.resolve(),
  };
}
