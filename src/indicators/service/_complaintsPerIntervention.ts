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
export function checkComplaintsOptions(options: ComplaintsPerInterventionOptions): ComplaintsSettings {
  const settings = checkServiceOptions(options);
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
): AggregationPlan<Measures> {
  return {
    table: "complaints",
    time: "receivedAt",
    window: { from: settings.start, to: settings.cut },
    ...(owners === undefined ? {} : { owners }),
    where: [{ kind: "in", column: "category", values: settings.categories }],
    ...(group === undefined ? {} : { groupBy: [group] }),
    measures: measuresOf(settings),
  };
}

function interventionsPlan(settings: ComplaintsSettings, group?: GroupKey): AggregationPlan<Measures> {
  return {
    table: "activities",
    time: "date",
    window: { from: settings.start, to: settings.cut },
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
  const complaints = run(complaintsPlan(settings, settings.owners)).total();
  const interventions = run(interventionsPlan(settings)).total();
  const warnings: IndicatorWarning<ComplaintsPerInterventionWarningCode>[] = [];
  if (settings.owners !== undefined) {
    const ownerless = run({
      ...complaintsPlan(settings, undefined),
      where: [
        { kind: "in", column: "category", values: settings.categories },
        { kind: "present", column: "owner", present: false },
      ],
    }).total().count;
    if (ownerless > 0) {
      warnings.push({
        code: "complaints-without-owner",
        message: `${ownerless} complaints of the period name no seller: only the company figure counts them`,
      });
    }
  }
  return resultOf(settings, settings.scope, complaints, interventions, warnings);
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
