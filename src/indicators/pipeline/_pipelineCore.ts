/**
 * The computation behind {@link pipeline} and {@link pipelineGrouped}: the pipeline plans run for
 * a scope, or for groups of owners at once, and the figures each pipeline's cells give.
 *
 * @internal
 * @module
 */
import { UnknownStageError } from "../../errors/index.js";
import { ZERO } from "../../money/dec.js";
import { lastStartAtOrBefore } from "../../money/lastStartAtOrBefore.js";
import { unitAt } from "../../period/calendar.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { splitRange } from "../../period/splitRange.js";
import { startOfWallDay, wallDayOf } from "../../period/zone.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { GroupKey, Measure } from "../../table/kernel/plan.js";
import type { ScopeFilter } from "../../table/scope.js";
import { ratio } from "../figure.js";
import { realizedPlan, type RealizedMeasures } from "../revenue/realizedPlan.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import type { Ratio } from "../types.js";
import type { CheckedForecast, PipelineSettings } from "./_pipelineOptions.js";
import {
  amountMeasures,
  bucketsPlan,
  expectedInPlan,
  latestClosePlan,
  overduePlan,
  stageDealsPlan,
  stagesWithoutProbabilityPlan,
  totalsPlan,
  undatedPlan,
  type AmountMeasures,
  type PipelinePlanContext,
} from "./_pipelinePlans.js";
import type { PipelineAmounts, PipelineBucket, PipelineForecast, PipelineResult } from "./pipelineTypes.js";

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

function bucketOf<M extends Readonly<Record<string, Measure>>>(cells: Cells<M>, bucket: number, key: string | null): CellValues<M> {
  return key === null ? cells.get(bucket) : cells.get(bucket, key);
}

function amountsOf(values: CellValues<AmountMeasures>): PipelineAmounts {
  const amounts = { count: values.count, unweighted: values.unweighted, weighted: values.weighted };
  return values.ids === undefined ? amounts : { ...amounts, explain: { dealIds: values.ids } };
}

/** The first open deal of `owners` (in table order) with no probability whose stage is not in the map. */
function firstUnknownStage(runner: PlanRunner, settings: PipelineSettings, owners: readonly string[] | undefined): { stage: string; dealId: string } | null {
  // Stages come in order of first appearance: the first unknown one is that of the first deal to need it.
  const stages = runner(stagesWithoutProbabilityPlan(settings.asOf, owners)).keys[0] ?? [];
  const stage = stages.find((value) => value === null || !settings.stages.has(value));
  if (stage === undefined) return null;
  const ids = runner(stageDealsPlan(settings.asOf, owners, stage)).total().ids;
  return { stage: stage ?? "", dealId: ids[0] ?? "" };
}

/**
 * Throws {@link UnknownStageError} for an open deal that needs the stage map and whose stage is not
 * in it: the first such deal in table order; with groups, that of the first group that has one,
 * its sellers taken one after the other (a team's in roster order), as the currency check meets them.
 */
function checkStages(runner: PlanRunner, settings: PipelineSettings, split: PipelineSplit): void {
  const found = firstUnknownStage(runner, settings, split.owners);
  if (found === null) return;
  if (split.groupBy !== undefined) {
    for (const group of split.groups) {
      if (firstUnknownStage(runner, settings, group.owners) === null) continue;
      for (const owner of group.owners ?? []) {
        const inGroup = firstUnknownStage(runner, settings, [owner]);
        if (inGroup !== null) throw new UnknownStageError(inGroup.stage, inGroup.dealId);
      }
    }
  }
  throw new UnknownStageError(found.stage, found.dealId);
}

/** First instant of a wall day of the zone that is at or after `t`. */
function firstDayStartAtOrAfter(zone: string, t: number): number {
  const day = wallDayOf(zone, t);
  const start = startOfWallDay(zone, day);
  return start >= t ? start : startOfWallDay(zone, day + 1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The cells of the forecast: realized orders and open deals expected in the window. */
interface ForecastCells {
  readonly forecast: CheckedForecast;
  readonly realized: Cells<RealizedMeasures>;
  readonly inWindow: Cells<AmountMeasures>;
}

function forecastCellsOf(runner: PlanRunner, settings: PipelineSettings, context: PipelinePlanContext, measures: AmountMeasures, forecast: CheckedForecast): ForecastCells {
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
  // Window [max(start, asOf), end): a deal is in it when its expected close day is on or after
  // asOf's day and that day's first instant lies in [start, end). Both tests compare the instant
  // with first instants of days.
  const zone = settings.calendar.timeZone;
  const from = Math.max(settings.asOfDayStart, firstDayStartAtOrAfter(zone, start));
  const inWindow = runner(expectedInPlan(context, from, firstDayStartAtOrAfter(zone, end), measures), settings.guard);
  return { forecast, realized, inWindow };
}

/**
 * The forecast of one pipeline: realized revenue plus the weighted deals expected in the window,
 * against the scope's own targets (settled detail 1), converted at their start and prorated.
 */
function forecastOf(cells: ForecastCells, key: string | null, scope: ScopeFilter, settings: PipelineSettings): { forecast: PipelineForecast; warnings: string[] } {
  const { period, targets } = cells.forecast;
  const start = period.start.getTime();
  const end = period.end.getTime();
  const realizedCell = totalOf(cells.realized, key);
  const inWindow = totalOf(cells.inWindow, key);
  const realized = realizedCell.revenue;
  const warnings: string[] = [];
  const window = settings.asOf < end ? { start: new Date(Math.max(start, settings.asOf)), end: new Date(end) } : null;
  if (window === null) warnings.push("the forecast period is over at asOf: the forecast is the realized revenue alone");

  const parts: TargetPart[] = [];
  for (const target of targets) {
    if (!scope.ownsTarget(target)) continue;
    if (target.start.getTime() >= end || target.end.getTime() <= start) continue;
    parts.push({ id: target.id, start: target.start, end: target.end, value: settings.guard.convert(target.amount, target.currency, target.start) });
  }
  // A canonical order, so the target ids do not depend on the order the targets were given in.
  parts.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || compareText(a.id, b.id) || a.value.comparedTo(b.value));
  const prorated = proratedTarget(parts, period, { timeZone: settings.calendar.timeZone, dayCount: settings.dayCount, proration: settings.proration });
  const target = prorated.total;

  const forecast = realized.plus(inWindow.weighted);
  const shortfall = target.minus(realized);
  const remainingTarget = shortfall.greaterThan(0) ? shortfall : ZERO;
  const coverage: Ratio<"no-target" | "no-remaining-target"> = target.isZero()
    ? { value: null, reason: "no-target", numerator: inWindow.unweighted, denominator: remainingTarget }
    : ratio(inWindow.unweighted, remainingTarget, "no-remaining-target");
  const result: PipelineForecast = {
    period: echoPeriod(period, settings.calendar.timeZone),
    window,
    realized,
    countInWindow: inWindow.count,
    unweightedInWindow: inWindow.unweighted,
    weightedInWindow: inWindow.weighted,
    forecast,
    target,
    forecastAttainment: ratio(forecast, target, "no-target"),
    remainingTarget,
    coverage,
  };
  if (!settings.explain) return { forecast: result, warnings };
  const orderIds = (realizedCell.ids as readonly string[] | undefined) ?? [];
  return { forecast: { ...result, explain: { orderIds, dealIds: inWindow.ids ?? [], targetIds: prorated.ids } }, warnings };
}

/**
 * The grain units from the one holding `asOf` to the one holding `last` (none when `last` is
 * `null`): whole units, empty ones included.
 */
function unitsUntil(settings: PipelineSettings, last: number | null): { label: string; start: Date; end: Date }[] {
  if (last === null) return [];
  const { calendar, grain } = settings;
  const first = unitAt(calendar, grain, settings.asOf);
  return splitRange({ start: new Date(first.start), end: new Date(unitAt(calendar, grain, last).end) }, grain, calendar);
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
export function pipelineResults(runner: PlanRunner, settings: PipelineSettings, split: PipelineSplit): PipelineResult[] {
  const { guard, explain } = settings;
  const context: PipelinePlanContext = { asOf: settings.asOf, asOfDayStart: settings.asOfDayStart, owners: split.owners, groupBy: split.groupBy };
  checkStages(runner, settings, split);
  const measures = amountMeasures(settings.stages, explain);
  const totals = runner(totalsPlan(context, measures), guard);
  const undated = runner(undatedPlan(context, measures), guard);
  const overdue = runner(overduePlan(context, measures), guard);
  const latest = runner(latestClosePlan(context), guard);
  const lasts = split.groups.map((group) => totalOf(latest, group.key).last);
  const latestOfAll = lasts.reduce<number | null>((max, last) => (last !== null && (max === null || last > max) ? last : max), null);
  const units = unitsUntil(settings, latestOfAll);
  const starts = units.map((unit) => unit.start.getTime());
  const byUnit = units.length === 0 ? null : runner(bucketsPlan(context, starts, (units[units.length - 1] as { end: Date }).end.getTime(), measures), guard);
  const forecastCells = settings.forecast === null ? null : forecastCellsOf(runner, settings, context, measures, settings.forecast);

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
    const forecast = forecastCells === null ? null : forecastOf(forecastCells, group.key, group.scope, settings);
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
    forecast: forecast === null ? null : forecast.forecast,
    warnings: forecast === null ? [] : forecast.warnings,
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
  return pipelineResults(runner, settings, { owners: settings.owners, groupBy: undefined, groups: [group] })[0] as PipelineResult;
}
