/**
 * The computation of indicator 2 (time spent per visit) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { ZERO } from "../../money/dec.js";
import type { DurationUnit } from "../durations.js";
import { checkDurationUnit, minutesIn, summarize } from "../_durations.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { absent, present } from "../figure.js";
import { boundsOf, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_VISIT_DURATION,
  type VisitDurationFigures,
  type VisitDurationOptions,
  type VisitDurationReason,
  type VisitDurationResult,
} from "./visitDurationTypes.js";

const DONE_VISITS: readonly Predicate[] = [
  { kind: "in", column: "type", values: ["visit"] },
  { kind: "in", column: "status", values: ["done"] },
];

/** Count, sum, mean and median of minutes, converted to `unit`. */
export function durationFigures(
  visits: number,
  minutes: readonly (Decimal | null)[],
  unit: DurationUnit,
): VisitDurationFigures {
  const known = minutes.filter((value): value is Decimal => value !== null).map((value) => minutesIn(value, unit));
  const summary = summarize(known);
  const none = absent<VisitDurationReason>("no-duration");
  return {
    visits,
    withDuration: known.length,
    withoutDuration: visits - known.length,
    total: summary === null ? ZERO : summary.sum,
    mean: summary === null ? none : present(summary.mean),
    median: summary === null ? none : present(summary.median),
  };
}

/** {@link visitDuration} over `run`'s activities. */
export function visitDurationOf(run: PlanRunner, options: VisitDurationOptions): VisitDurationResult {
  const settings = checkOperationsOptions(options, DEFAULT_VISIT_DURATION.grain);
  const durationUnit = checkDurationUnit(options.durationUnit ?? DEFAULT_VISIT_DURATION.durationUnit, "durationUnit");
  const cells = run(
    datedPlan(settings, "activities", DONE_VISITS, {
      visits: { kind: "count" },
      minutes: { kind: "decimalValues", column: "durationMinutes" },
    }),
  );
  const bounds = boundsOf(settings);
  const perBucket = bounds.map((_, index) => cells.get(index));
  const all = perBucket.flatMap((cell) => cell.minutes);
  const result: VisitDurationResult = {
    indicator: "visit-duration",
    unit: "duration",
    durationUnit,
    ...headOf(settings, "visits"),
    buckets: bounds.map((bucket, index) => {
      const cell = perBucket[index] as (typeof perBucket)[number];
      return { ...bucket, ...durationFigures(cell.visits, cell.minutes, durationUnit) };
    }),
    totals: durationFigures(all.length, all, durationUnit),
  };
  if (!settings.explain) return result;
  const ids = run(datedPlan(settings, "activities", DONE_VISITS, { ids: { kind: "ids", order: "time" } }));
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, activityIds: ids.get(index).ids })) },
  };
}
