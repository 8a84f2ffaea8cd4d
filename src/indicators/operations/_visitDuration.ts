/**
 * The computation of indicator 2 (time spent per visit) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { unsignedZero, ZERO } from "../../money/dec.js";
import type { DurationUnit } from "../durations.js";
import { checkDurationUnit, minutesIn } from "../_durations.js";
import { multiply, rational, rationalToDecimal, type Rational } from "../../money/rational.js";
import type { DecimalStats } from "../../table/kernel/decimalStats.js";
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

/**
 * Count, sum, mean and median of minutes, converted to `unit`: the kernel's exact count, sum and
 * median of the minutes, each divided once by the minutes of the unit (the mean also by the count).
 */
export function durationFigures(visits: number, minutes: DecimalStats, unit: DurationUnit): VisitDurationFigures {
  const none = absent<VisitDurationReason>("no-duration");
  const figures = { visits, withDuration: minutes.count, withoutDuration: visits - minutes.count };
  if (minutes.count === 0 || minutes.median === null) return { ...figures, total: ZERO, mean: none, median: none };
  const sum = minutesIn(minutes.sum, unit);
  const exact = (value: Rational): Decimal => unsignedZero(rationalToDecimal(value));
  return {
    ...figures,
    total: exact(sum),
    mean: present(exact(multiply(sum, rational(1n, BigInt(minutes.count))))),
    median: present(exact(minutesIn(minutes.median, unit))),
  };
}

/** {@link visitDuration} over `run`'s activities. */
export function visitDurationOf(run: PlanRunner, options: VisitDurationOptions): VisitDurationResult {
  const settings = checkOperationsOptions(options, DEFAULT_VISIT_DURATION.grain);
  const durationUnit = checkDurationUnit(options.durationUnit ?? DEFAULT_VISIT_DURATION.durationUnit, "durationUnit");
  const cells = run(
    datedPlan(settings, "activities", DONE_VISITS, {
      visits: { kind: "count" },
      minutes: { kind: "decimalStats", column: "durationMinutes" },
    }),
  );
  const bounds = boundsOf(settings);
  const perBucket = bounds.map((_, index) => cells.get(index));
  const all = cells.total();
  const result: VisitDurationResult = {
    indicator: "visit-duration",
    unit: "duration",
    durationUnit,
    ...headOf(settings, "visits"),
    buckets: bounds.map((bucket, index) => {
      const cell = perBucket[index] as (typeof perBucket)[number];
      return { ...bucket, ...durationFigures(cell.visits, cell.minutes, durationUnit) };
    }),
    totals: durationFigures(all.visits, all.minutes, durationUnit),
  };
  if (!settings.explain) return result;
  const ids = run(datedPlan(settings, "activities", DONE_VISITS, { ids: { kind: "ids", order: "time" } }));
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, activityIds: ids.get(index).ids })) },
  };
}
