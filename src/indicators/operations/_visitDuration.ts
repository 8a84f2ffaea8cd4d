/**
 * The computation of indicator 2 (time spent per visit) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import type { DurationUnit } from "../service/serviceTypes.js";
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { Dec, medianOfSorted, ZERO } from "../../money/dec.js";
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

const MINUTES_PER: Readonly<Record<DurationUnit, number>> = { hours: 60, days: 1440 };

/** Count, sum, mean and median of minutes, converted to `unit`. */
export function durationFigures(
  visits: number,
  minutes: readonly (Decimal | null)[],
  unit: DurationUnit,
): VisitDurationFigures {
  const known = minutes.filter((value): value is Decimal => value !== null).sort((a, b) => a.comparedTo(b));
  const per = MINUTES_PER[unit];
  const total = known.reduce((sum: Decimal, value) => sum.plus(value), ZERO);
  const inUnit = (value: Decimal): Decimal => new Dec(value).div(per);
  const middle = medianOfSorted(known);
  const none = absent<VisitDurationReason>("no-duration");
  return {
    visits,
    withDuration: known.length,
    withoutDuration: visits - known.length,
    total: inUnit(total),
    mean: known.length === 0 ? none : present(inUnit(new Dec(total).div(known.length))),
    median: middle === null ? none : present(inUnit(middle)),
  };
}

/** {@link visitDuration} over `run`'s activities. */
export function visitDurationOf(run: PlanRunner, options: VisitDurationOptions): VisitDurationResult {
  const settings = checkOperationsOptions(options, DEFAULT_VISIT_DURATION.grain);
  const durationUnit = options.durationUnit ?? DEFAULT_VISIT_DURATION.durationUnit;
  // Compared with the two units, not looked up: an object without a string form would throw a
  // TypeError as a key, and "toString" would find an inherited member.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (durationUnit !== "hours" && durationUnit !== "days")
    throw new InvalidArgumentError(
      `durationUnit must be "hours" or "days", got ${JSON.stringify(safeString(durationUnit)).slice(0, 40)}`,
    );
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
