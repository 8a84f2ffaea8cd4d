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
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan } from "../../table/kernel/plan.js";
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

const MEASURES = { count: { kind: "count" }, ids: { kind: "ids" } } as const;

function complaintsPlan(
  settings: ComplaintsSettings,
  owners: readonly string[] | undefined,
): AggregationPlan<typeof MEASURES> {
  return {
    table: "complaints",
    time: "receivedAt",
    window: { from: settings.start, to: settings.cut },
    ...(owners === undefined ? {} : { owners }),
    where: [{ kind: "in", column: "category", values: settings.categories }],
    measures: MEASURES,
  };
}

function interventionsPlan(settings: ComplaintsSettings): AggregationPlan<typeof MEASURES> {
  return {
    table: "activities",
    time: "date",
    window: { from: settings.start, to: settings.cut },
    ...(settings.owners === undefined ? {} : { owners: settings.owners }),
    where: [
      { kind: "in", column: "status", values: ["done"] },
      { kind: "in", column: "type", values: settings.types },
    ],
    measures: MEASURES,
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
  return {
    indicator: "complaints-per-intervention",
    unit: "ratio",
    period: settings.period,
    asOf: settings.asOf,
    scope: settings.scope,
    complaintCategories: settings.categories,
    interventionTypes: settings.types,
    complaints: complaints.count,
    interventions: interventions.count,
    rate: ratio(new Dec(complaints.count), new Dec(interventions.count), "no-interventions"),
    warnings,
    ...(settings.explain
      ? { explain: { complaintIds: [...complaints.ids], interventionIds: [...interventions.ids] } }
      : {}),
  };
}
