/**
 * The computation behind {@link pipeline} and {@link pipelineGrouped}: the pipeline plans run for
 * a scope, or for groups of owners at once, and the figures each pipeline's cells give.
 *
 * @internal
 * @module
 */
import { UnknownStageError } from "../../errors/index.js";
import { lastStartAtOrBefore } from "../../money/lastStartAtOrBefore.js";
import { unitAt } from "../../period/calendar.js";
import { splitRange } from "../../period/splitRange.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { GroupKey, Measure } from "../../table/kernel/plan.js";
import type { ScopeFilter } from "../../table/scope.js";
import { realizedPlan, type RealizedMeasures } from "../revenue/realizedPlan.js";
import type { CheckedForecast, PipelineSettings } from "./_pipelineOptions.js";
import {
  amountMeasures,
  bucketsPlan,
  expectedInPlan,
  latestDue,
  overduePlan,
  stagesWithoutProbabilityPlan,
  totalsWithLatestPlan,
  undatedPlan,
  type AmountMeasures,
  type PipelinePlanContext,
} from "./_pipelinePlans.js";
import { forecastFigures, forecastOverWarning, windowStart } from "./_pipelineForecast.js";
import type { PipelineAmounts, PipelineBucket, PipelineResult } from "./pipelineTypes.js";

/** One pipeline of a computation: its key among the groups (`null` without groups), its scope and the owners it reads. */
export interface PipelineGroupSpec {
  readonly key: string | null;
  readonly scope: ScopeFilter;
  /** The owners it reads; absent for the company (every owner). */
  readonly owners: readonly string[] | undefined;
}

/** The pipelines of one computation: one scope, or groups of owners read by the same plans. */
export interface PipelineSplit {
  /** The owners the plans read; absent: every owner. */
  readonly owners: readonly string[] | undefined;
  /** The group column; absent for one pipeline (whose key is `null`). */
  readonly groupBy: GroupKey | undefined;
  /** The pipelines, in result order (the group column's key order). */
  readonly groups: readonly PipelineGroupSpec[];
}

/** A cell of `cells` for a group (`null`: the plan has no group column). */
function totalOf<M extends Readonly<Record<string, Measure>>>(cells: Cells<M>, key: string | null): CellValues<M> {
  return key === null ? cells.total() : cells.total(key);
}

function bucketOf<M extends Readonly<Record<string, Measure>>>(
  cells: Cells<M>,
  bucket: number,
  key: string | null,
): CellValues<M> {
  return key === null ? cells.get(bucket) : cells.get(bucket, key);
}

export function amountsOf(values: CellValues<AmountMeasures>): PipelineAmounts {
  const amounts = { dealCount: values.dealCount, unweighted: values.unweighted, weighted: values.weighted };
  return values.ids === undefined ? amounts : { ...amounts, explain: { dealIds: values.ids } };
}

/**
 * Throws {@link UnknownStageError} when open deals of the computation (its scope, or every group's
 * owners) need the stage map and their stage is not in it: every such stage, with how many of
 * those deals carry it, counted by one plan (open deals without a probability, by stage).
 */
export function checkStages(
  runner: PlanRunner,
  settings: PipelineSettings,
  owners: readonly string[] | undefined,
): void {
  const cells = runner(stagesWithoutProbabilityPlan(settings.asOf, owners));
  const unknown = (cells.keys[0] ?? [])
    .filter((stage) => stage === null || !settings.stages.has(stage))
    .map((stage) => ({ stage: stage ?? "", dealCount: cells.total(stage).dealCount }));
  if (unknown.length > 0) throw new UnknownStageError(unknown);
}

/** The cells of the forecast: realized orders and open deals expected in the window. */
interface ForecastCells {
  readonly forecast: CheckedForecast;
  readonly realized: Cells<RealizedMeasures>;
  readonly inWindow: Cells<AmountMeasures>;
}

function forecastCellsOf(
  runner: PlanRunner,
  settings: PipelineSettings,
  context: PipelinePlanContext,
  measures: AmountMeasures,
  forecast: CheckedForecast,
): ForecastCells {
  const start = forecast.period.start.getTime();
  const end = forecast.period.end.getTime();
  const { groupBy, owners } = context;
  // Realized: [start, min(end, asOf)), settled detail 9.
  const realized = runner(
    realizedPlan({
      from: start,
      to: Math.min(end, settings.asOf),
      ...(owners === undefined ? {} : { owners }),
      ...(groupBy === undefined ? {} : { groupBy: [groupBy], visitGroups: true }),
      explain: settings.explain,
    }),
    settings.guard,
  );
  const inWindow = runner(
    expectedInPlan(context, windowStart(settings, start), windowStart(settings, end), measures),
    settings.guard,
  );
  return { forecast, realized, inWindow };
}

/**
 * The grain units from the one holding `asOf` to the one holding `last` (none when `last` is
 * `null`): whole units, empty ones included.
 */
function unitsUntil(settings: PipelineSettings, last: number | null): { label: string; start: Date; end: Date }[] {
  if (last === null) return [];
  const { calendar, grain } = settings;
  const first = unitAt(calendar, grain, settings.asOf);
  return splitRange(
    { start: new Date(first.start), end: new Date(unitAt(calendar, grain, last).end) },
    grain,
    calendar,
  );
}

/**
 * The pipelines of a computation, in the order of `split.groups`: checks the stages of the open
 * deals, then runs the plans (every open deal first, so that amounts meet the currency check in
 * table order, or group by group), then the targets of each pipeline in turn.
 *
 * @param runner - runs the plans over the deals (and the forecast's orders)
 * @param settings - the checked options
 * @param split - the scope, or the groups
 * @returns one result per group of `split`
 * @throws UnknownStageError, MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function pipelineResults(
  runner: PlanRunner,
  settings: PipelineSettings,
  split: PipelineSplit,
): PipelineResult[] {
  const { guard, explain } = settings;
  const context: PipelinePlanContext = {
    asOf: settings.asOf,
    asOfDayStart: settings.asOfDayStart,
    owners: split.owners,
    groupBy: split.groupBy,
  };
  checkStages(runner, settings, split.owners);
  const measures = amountMeasures(settings.stages, explain);
  const totals = runner(totalsWithLatestPlan(context, measures), guard);
  const undated = runner(undatedPlan(context, measures), guard);
  const overdue = runner(overduePlan(context, measures), guard);
  const lasts = split.groups.map((group) => latestDue(totalOf(totals, group.key).last, context.asOfDayStart));
  const latestOfAll = lasts.reduce<number | null>(
    (max, last) => (last !== null && (max === null || last > max) ? last : max),
    null,
  );
  const units = unitsUntil(settings, latestOfAll);
  const starts = units.map((unit) => unit.start.getTime());
  const byUnit =
    units.length === 0
      ? null
      : runner(bucketsPlan(context, starts, (units[units.length - 1] as { end: Date }).end.getTime(), measures), guard);
  const forecastCells =
    settings.forecast === null ? null : forecastCellsOf(runner, settings, context, measures, settings.forecast);

  const parts = split.groups.map((group, g) => {
    const last = lasts[g] ?? null;
    // A group's buckets run to the unit of its own latest expected close.
    const unitCount = last === null || byUnit === null ? 0 : lastStartAtOrBefore(starts, last) + 1;
    const buckets: PipelineBucket[] = units.slice(0, unitCount).map((unit, b) => ({
      label: unit.label,
      start: new Date(unit.start.getTime()),
      end: new Date(unit.end.getTime()),
      ...amountsOf(bucketOf(byUnit as Cells<AmountMeasures>, b, group.key)),
    }));
    const forecast =
      forecastCells === null
        ? null
        : forecastFigures(
            forecastCells.forecast,
            totalOf(forecastCells.realized, group.key),
            totalOf(forecastCells.inWindow, group.key),
            group.scope,
            settings,
          );
    return { group, buckets, forecast };
  });

  // The currency is settled once every amount has met the guard.
  return parts.map(({ group, buckets, forecast }) => ({
    indicator: "pipeline",
    unit: "money",
    currency: guard.currency,
    asOf: new Date(settings.asOf),
    grain: settings.grain,
    scope: group.scope.scope,
    totals: amountsOf(totalOf(totals, group.key)),
    buckets,
    overdue: amountsOf(totalOf(overdue, group.key)),
    undated: amountsOf(totalOf(undated, group.key)),
    forecast,
    warnings: forecast === null || forecast.window !== null ? [] : [forecastOverWarning()],
  }));
}

/**
 * The pipeline of one scope (see {@link pipeline}).
 *
 * @param runner - runs the plans over the deals and the forecast's orders
 * @param settings - the checked options (`checkPipelineOptions`)
 * @returns the pipeline
 * @throws UnknownStageError, MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function pipelineOf(runner: PlanRunner, settings: PipelineSettings): PipelineResult {
  const group: PipelineGroupSpec = { key: null, scope: settings.scope, owners: settings.owners };
  return pipelineResults(runner, settings, {
    owners: settings.owners,
    groupBy: undefined,
    groups: [group],
  })[0] as PipelineResult;
}
