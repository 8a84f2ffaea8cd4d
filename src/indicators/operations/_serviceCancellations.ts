/**
 * The computation of indicator 3 (appointments cancelled because of the service) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { cancellationCauseOf } from "../../model/activitySchema.js";
import { Dec } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import { boundsOf, cellAt, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_SERVICE_CANCELLATIONS,
  type ServiceCancellationsFigures,
  type ServiceCancellationsOptions,
  type ServiceCancellationsResult,
} from "./serviceCancellationsTypes.js";

function checkTypes(types: unknown): readonly string[] {
  if (types === undefined) return DEFAULT_SERVICE_CANCELLATIONS.types;
  if (!Array.isArray(types) || types.length === 0 || types.some((type) => typeof type !== "string"))
    throw new InvalidArgumentError("types must be a non-empty array of activity types");
  return [...new Set(types as string[])];
}

/** {@link serviceCancellations} over `run`'s activities. */
export function serviceCancellationsOf(
  run: PlanRunner,
  options: ServiceCancellationsOptions,
): ServiceCancellationsResult {
  const settings = checkOperationsOptions(options, DEFAULT_SERVICE_CANCELLATIONS.grain);
  const types = checkTypes(options.types);
  const appointments: Predicate = { kind: "in", column: "type", values: types };
  const cancelled: Predicate = { kind: "in", column: "status", values: ["cancelled"] };
  const scheduled = run(datedPlan(settings, "activities", [appointments], { n: { kind: "count" } }));
  const causes = run(
    datedPlan(settings, "activities", [appointments, cancelled], { n: { kind: "count" } }, [
      { column: "cancellationCause" },
    ]),
  );
  const causeKeys = causes.keys[0] ?? [];
  const figuresAt = (bucket: number | null): ServiceCancellationsFigures => {
    const tally = { service: 0, customer: 0, other: 0, none: 0, all: 0 };
    for (const cause of causeKeys) {
      const n = cellAt(causes, bucket, cause).n;
      tally.all += n;
      tally[cause === null ? "none" : cancellationCauseOf(cause)] += n;
    }
    const all = cellAt(scheduled, bucket).n;
    return {
      scheduled: all,
      cancelled: tally.all,
      cancelledForService: tally.service,
      cancelledByCustomer: tally.customer,
      cancelledOther: tally.other,
      cancelledWithoutCause: tally.none,
      serviceShare: ratio(new Dec(tally.service), new Dec(all), "no-scheduled" as const),
    };
  };
  const bounds = boundsOf(settings);
  const result: ServiceCancellationsResult = {
    indicator: "service-cancellations",
    unit: "count",
    types,
    ...headOf(settings, "appointments"),
    buckets: bounds.map((bucket, index) => ({ ...bucket, ...figuresAt(index) })),
    totals: figuresAt(null),
  };
  if (!settings.explain) return result;
  const ids = run(
    datedPlan(
      settings,
      "activities",
      [appointments, cancelled, { kind: "in", column: "cancellationCause", values: ["service"] }],
      { ids: { kind: "ids", order: "time" } },
    ),
  );
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, activityIds: ids.get(index).ids })) },
  };
}
