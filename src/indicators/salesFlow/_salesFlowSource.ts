/**
 * Where a sales-flow computation reads its tallies and request cohorts: the plans over one
 * period, or one bucket of plans run once over a range (the series forms), so that one pure
 * computation gives the single, grouped and series forms.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import {
  requestCohort,
  requestCohortCells,
  tally,
  tallyCells,
  type RequestCohort,
  type Tally,
  type TallySpec,
} from "./_salesFlowPlans.js";
import type { SalesFlowSettings } from "./_salesFlowSettings.js";

/** The figures a sales-flow computation reads. */
export interface SalesFlowSource {
  /** The count (sum, ids) of the rows of `spec`. */
  readonly tally: (spec: TallySpec) => Tally;
  /** The requests of `kinds` received, with their instants. */
  readonly cohort: (kinds: readonly RequestKind[]) => RequestCohort;
}

/** The plans over the settings' period and scope, run on demand. */
export function planSource(run: PlanRunner, guard: CurrencyGuard, settings: SalesFlowSettings): SalesFlowSource {
  return {
    tally: (spec) => tally(run, guard, settings, spec),
    cohort: (kinds) => requestCohort(run, settings, kinds),
  };
}

/** The sources of a series: one per bucket, and the whole range's, all read from the same plans. */
export interface BucketedSource {
  /** The source of bucket `index`. */
  readonly bucket: (index: number) => SalesFlowSource;
  /** The source of the whole range (every bucket's cells merged). */
  readonly total: SalesFlowSource;
}

/**
 * The sources of the buckets starting at `starts` (epoch ms) of the range of `settings`: each
 * distinct tally or cohort runs its plan once, bucketed, the first time any bucket asks for it;
 * every bucket then reads its own cell. A bucket's cell holds the rows of the range's window that
 * fall in the bucket, which are the rows the single form counts over that bucket as its period
 * (same `asOf`, same scope).
 */
export function bucketedSource(
  run: PlanRunner,
  guard: CurrencyGuard,
  settings: SalesFlowSettings,
  starts: readonly number[],
): BucketedSource {
  const tallies = new Map<string, (bucket: number | null) => Tally>();
  const cohorts = new Map<string, (bucket: number | null) => RequestCohort>();
  const tallyOf = (spec: TallySpec): ((bucket: number | null) => Tally) => {
    const key = JSON.stringify(spec);
    let cells = tallies.get(key);
    if (cells === undefined) {
      cells = tallyCells(run, guard, settings, spec, starts);
      tallies.set(key, cells);
    }
    return cells;
  };
  const cohortOf = (kinds: readonly RequestKind[]): ((bucket: number | null) => RequestCohort) => {
    const key = JSON.stringify(kinds);
    let cells = cohorts.get(key);
    if (cells === undefined) {
      cells = requestCohortCells(run, settings, kinds, starts);
      cohorts.set(key, cells);
    }
    return cells;
  };
  const at = (bucket: number | null): SalesFlowSource => ({
    tally: (spec) => tallyOf(spec)(bucket),
    cohort: (kinds) => cohortOf(kinds)(bucket),
  });
  return { bucket: (index) => at(index), total: at(null) };
}
