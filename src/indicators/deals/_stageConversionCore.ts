/**
 * The computation behind {@link stageConversion}: the deals of the scope that reached each stage
 * of an ordered list, from the stage history, and the conversion between consecutive stages.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { Dec, ZERO } from "../../money/dec.js";
import { resolveCalendar } from "../../period/calendar.js";
import { instantOf } from "../../period/checkInstant.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import type { Period } from "../../period/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { ratio } from "../figure.js";
import type { StageConversionOptions, StageConversionResult } from "./stageConversionTypes.js";

/** The checked options of a stage conversion. */
export interface StageConversionSettings {
  readonly stages: readonly string[];
  readonly period: Period | null;
  readonly asOf: number | null;
  readonly scope: ScopeFilter;
  /** Whether a non-empty history was given. */
  readonly history: boolean;
}

/**
 * Checks the options: the options object, stages (at least two distinct non-empty texts), period,
 * `asOf`, zone, scope.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkStageConversionOptions(
  options: StageConversionOptions,
  history: boolean,
): StageConversionSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with the ordered stages");
  const stages: unknown = options.stages;
  if (!Array.isArray(stages) || stages.length < 2)
    throw new InvalidArgumentError("stages must be an array of at least two stages, in pipeline order");
  const seen = new Set<string>();
  for (const stage of stages as unknown[]) {
    if (typeof stage !== "string" || stage.length === 0 || seen.has(stage))
      throw new InvalidArgumentError(
        `stages must be distinct non-empty texts, got ${JSON.stringify(safeString(stage)).slice(0, 40)} (twice or not a stage)`,
      );
    seen.add(stage);
  }
  const period = options.period === undefined ? null : checkPeriod(options.period, "period");
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  resolveCalendar(options);
  return {
    stages: [...(stages as string[])],
    period,
    asOf,
    scope: resolveScope(options.scope, options.sellers),
    history,
  };
}

/**
 * The stage conversion of one scope, on any plan runner: one plan finds the deals of the scope
 * (created in the period), then one plan counts, per stage, the distinct deals among them with a
 * change into that stage or a later one (at or before `asOf`), from each deal's furthest stage
 * (the kernel's `reached` measure). Reaching a later stage implies reaching every earlier one, so
 * the deals that reached both stages of a pair are those that reached the second.
 */
export function stageConversionOf(run: PlanRunner, settings: StageConversionSettings): StageConversionResult {
  const { stages, period, asOf } = settings;
  const owners = settings.scope.owners;
  const cohort = run({
    table: "deals",
    time: "createdAt",
    window: period === null ? { from: null, to: null } : { from: period.start.getTime(), to: period.end.getTime() },
    ...(owners === undefined ? {} : { owners }),
    measures: { ids: { kind: "ids" } },
  }).total().ids;
  const base = {
    indicator: "stage-conversion" as const,
    unit: "ratio" as const,
    stages,
    period: period === null ? null : { start: new Date(period.start.getTime()), end: new Date(period.end.getTime()) },
    asOf: asOf === null ? null : new Date(asOf),
    scope: settings.scope.scope,
    dealCount: cohort.length,
  };
  if (!settings.history) {
    return {
      ...base,
      history: false,
      reason: "no-stage-history",
      reached: [],
      steps: [],
      overall: { value: null, reason: "no-stage-history", numerator: ZERO, denominator: ZERO },
    };
  }
  // One plan for every stage: each deal's furthest stage reached, counted per stage. The stage
  // test first: predicates run in order over the rows left, so the cohort's long id list is
  // tested only on the changes into a listed stage.
  const counts = run({
    table: "stageChanges",
    time: "enteredAt",
    window: { from: null, to: asOf === null ? null : asOf + 1 },
    where: [
      { kind: "in", column: "stage", values: stages },
      { kind: "in", column: "dealId", values: cohort },
    ],
    measures: { reached: { kind: "reached", key: "dealId", column: "stage", ranks: stages } },
  }).total().reached;
  const reached = stages.map((stage, k) => ({ stage, dealCount: counts[k] as number }));
  const steps = stages.slice(1).map((to, k) => ({
    from: stages[k] as string,
    to,
    conversion: ratio(
      new Dec((reached[k + 1] as { dealCount: number }).dealCount),
      new Dec((reached[k] as { dealCount: number }).dealCount),
      "none-reached" as const,
    ),
  }));
  const first = (reached[0] as { dealCount: number }).dealCount;
  const last = (reached[reached.length - 1] as { dealCount: number }).dealCount;
  return {
    ...base,
    history: true,
    reason: null,
    reached,
    steps,
    overall: ratio<"none-reached" | "no-stage-history">(new Dec(last), new Dec(first), "none-reached"),
  };
}
