/**
 * The options check and the computation of `complaintsPerIntervention` on a plan runner.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "../../model/serviceTypes.js";
import { resolveScope } from "../../table/scope.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { Scope } from "../types.js";
import type { Bucket } from "../../period/types.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { IndicatorWarning } from "../warnings.js";
import { checkServiceOptions, type ServiceSettings } from "./_serviceSettings.js";
import {
  DEFAULT_COMPLAINT_CATEGORIES,
  DEFAULT_INTERVENTION_TYPES,
  type ComplaintsPerInterventionOptions,
  type ComplaintsPerInterventionResult,
  type ComplaintsPerInterventionWarningCode,
} from "./complaintsPerInterventionTypes.js";

/** The checked options of one computation. */
export interface ComplaintsSettings extends ServiceSettings {
  readonly scope: Scope;
  readonly owners: readonly string[] | undefined;
  readonly categories: readonly ComplaintCategory[];
  readonly types: readonly string[];
}

const CATEGORY_SET: ReadonlySet<string> = new Set(COMPLAINT_CATEGORIES);

function stringList(value: unknown, name: string, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new InvalidArgumentError(`${name} must be an array of strings`);
  }
  return [...new Set(value as string[])];
}

/**
 * Checks the options: period, `asOf`, calendar, scope with its roster, categories, types.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkComplaintsOptions(
  options: ComplaintsPerInterventionOptions,
  periodName = "period",
): ComplaintsSettings {
  const settings = checkServiceOptions(options, periodName);
  const filter = resolveScope(options.scope, options.sellers);
  const categories = stringList(options.complaintCategories, "complaintCategories", DEFAULT_COMPLAINT_CATEGORIES);
  const unknown = categories.find((category) => !CATEGORY_SET.has(category));
  if (unknown !== undefined) {
    throw new InvalidArgumentError(
      `complaintCategories: unknown category ${JSON.stringify(safeString(unknown).slice(0, 40))} (use ${COMPLAINT_CATEGORIES.join(", ")})`,
    );
  }
  return {
    ...settings,
    scope: filter.scope,
    owners: filter.owners,
    categories: categories as readonly ComplaintCategory[],
    types: stringList(options.interventionTypes, "interventionTypes", DEFAULT_INTERVENTION_TYPES),
  };
}

const COUNT = { count: { kind: "count" } } as const;
const COUNT_AND_IDS = { count: { kind: "count" }, ids: { kind: "ids" } } as const;
type Measures = typeof COUNT | typeof COUNT_AND_IDS;

/** The ids only when asked for: collecting millions of activity ids costs more than counting them. */
function measuresOf(settings: ComplaintsSettings): Measures {
  return settings.explain ? COUNT_AND_IDS : COUNT;
}

function complaintsPlan(
  settings: ComplaintsSettings,
  owners: readonly string[] | undefined,
  group?: GroupKey,
  buckets?: readonly number[],
): AggregationPlan<Measures> {
  return {
    table: "complaints",
    time: "receivedAt",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    ...(owners === undefined ? {} : { owners }),
    where: [{ kind: "in", column: "category", values: settings.categories }],
    ...(group === undefined ? {} : { groupBy: [group] }),
    measures: measuresOf(settings),
  };
}

function interventionsPlan(
  settings: ComplaintsSettings,
  group?: GroupKey,
  buckets?: readonly number[],
): AggregationPlan<Measures> {
  return {
    table: "activities",
    time: "date",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    ...(settings.owners === undefined ? {} : { owners: settings.owners }),
    where: [
      { kind: "in", column: "status", values: ["done"] },
      { kind: "in", column: "type", values: settings.types },
    ],
    ...(group === undefined ? {} : { groupBy: [group] }),
    measures: measuresOf(settings),
  };
}

type Tally = CellValues<Measures>;

function idsOf(tally: Tally): string[] {
  return "ids" in tally ? [...tally.ids] : [];
}

function resultOf(
  settings: ComplaintsSettings,
  scope: Scope,
  complaints: Tally,
  interventions: Tally,
  warnings: readonly IndicatorWarning<ComplaintsPerInterventionWarningCode>[],
): ComplaintsPerInterventionResult {
  return {
    indicator: "complaints-per-intervention",
    unit: "ratio",
    period: settings.period,
    asOf: settings.asOf,
    scope,
    complaintCategories: settings.categories,
    interventionTypes: settings.types,
    complaints: complaints.count,
    interventions: interventions.count,
    rate: ratio(new Dec(complaints.count), new Dec(interventions.count), "no-interventions"),
    warnings,
    ...(settings.explain
      ? { explain: { complaintIds: idsOf(complaints), interventionIds: idsOf(interventions) } }
      : {}),
  };
}

/**
 * Complaints per intervention over the period on a plan runner.
 *
 * @param run - the plan runner over the complaints and the activities
 * @param settings - the checked options
 * @returns the result
 */
export function complaintsPerInterventionOf(
  run: PlanRunner,
  settings: ComplaintsSettings,
): ComplaintsPerInterventionResult {
  const cells = complaintsCells(run, settings);
  return resultOf(settings, settings.scope, cells.complaints(null), cells.interventions(null), cells.warnings(null));
}

/** The three plans of one computation (bucketed when `buckets` is given), read bucket by bucket or over every bucket with `null`. */
function complaintsCells(
  run: PlanRunner,
  settings: ComplaintsSettings,
  buckets?: readonly number[],
): {
  readonly complaints: (bucket: number | null) => Tally;
  readonly interventions: (bucket: number | null) => Tally;
  readonly warnings: (bucket: number | null) => IndicatorWarning<ComplaintsPerInterventionWarningCode>[];
} {
  const complaints = run(complaintsPlan(settings, settings.owners, undefined, buckets));
  const interventions = run(interventionsPlan(settings, undefined, buckets));
  const ownerless =
    settings.owners === undefined
      ? null
      : run({
          ...complaintsPlan(settings, undefined, undefined, buckets),
          where: [
            { kind: "in", column: "category", values: settings.categories },
            { kind: "present", column: "owner", present: false },
          ],
        });
  const at = <M extends Measures>(
    cells: { get(bucket: number): CellValues<M>; total(): CellValues<M> },
    bucket: number | null,
  ): CellValues<M> => (bucket === null ? cells.total() : cells.get(bucket));
  return {
    complaints: (bucket) => at(complaints, bucket),
    interventions: (bucket) => at(interventions, bucket),
    warnings: (bucket) => {
      const count = ownerless === null ? 0 : at(ownerless, bucket).count;
      if (count === 0) return [];
      return [
        {
          code: "complaints-without-owner",
          message: `${count} complaints of the period name no seller: only the company figure counts them`,
        },
      ];
    },
  };
}

/** One bucket of a complaints-per-intervention series: the single form over the bucket, labelled. */
export type ComplaintsBucket = ComplaintsPerInterventionResult & { readonly label: string };

/**
 * Complaints per intervention bucket by bucket on a plan runner: the complaints, interventions
 * and (for a narrower scope) ownerless complaints plans run once with the buckets; each bucket's
 * result is the single form over the bucket as its period, `total` over the range.
 */
export function complaintsPerInterventionSeriesOf(
  run: PlanRunner,
  settings: ComplaintsSettings,
  buckets: readonly Bucket[],
): { readonly buckets: ComplaintsBucket[]; readonly total: ComplaintsPerInterventionResult } {
  const cells = complaintsCells(
    run,
    settings,
    buckets.map((bucket) => bucket.start.getTime()),
  );
  const zone = settings.calendar.timeZone;
  return {
    buckets: buckets.map((bucket, index) => ({
      label: bucket.label,
      ...resultOf(
        { ...settings, period: echoPeriod(bucket, zone) },
        settings.scope,
        cells.complaints(index),
        cells.interventions(index),
        cells.warnings(index),
      ),
    })),
    total: resultOf(settings, settings.scope, cells.complaints(null), cells.interventions(null), cells.warnings(null)),
  };
}

/**
 * Complaints per intervention seller by seller on a plan runner: the roster's sellers first (with
 * zeros), then the owners of the complaints and interventions counted, in order of first
 * appearance; the complaints with no owner are counted apart.
 *
 * @param run - the plan runner over the complaints and the activities
 * @param settings - the checked options (company scope)
 * @param roster - the roster's seller ids, listed first
 * @returns the groups and the number of complaints with no owner
 */
export function complaintsPerInterventionBySellerOf(
  run: PlanRunner,
  settings: ComplaintsSettings,
  roster: readonly string[],
): {
  readonly groups: { readonly key: string; readonly result: ComplaintsPerInterventionResult }[];
  readonly withoutOwner: number;
} {
  const byOwner: GroupKey = { column: "owner", keys: roster };
  const complaints = run(complaintsPlan(settings, settings.owners, byOwner));
  const interventions = run(interventionsPlan(settings, byOwner));
  const keys = new Set<string>();
  for (const key of [...(complaints.keys[0] ?? []), ...(interventions.keys[0] ?? [])]) if (key !== null) keys.add(key);
  const groups = [...keys].map((key) => ({
    key,
    result: resultOf(settings, { level: "seller", sellerId: key }, complaints.total(key), interventions.total(key), []),
  }));
  return { groups, withoutOwner: complaints.total(null).count };
}
