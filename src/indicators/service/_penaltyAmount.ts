/**
 * The computation of `penaltyAmount` on a plan runner.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan } from "../../table/kernel/plan.js";
import type { ServiceSettings } from "./_serviceSettings.js";
import type { PenaltyAmountResult } from "./penaltyAmountTypes.js";

const MEASURES = {
  count: { kind: "count" },
  amount: { kind: "sum", column: "amount" },
  ids: { kind: "ids" },
} as const;

/** The penalties dated in `[start, cut)`, summed exactly (converted at their date). */
export function penaltyPlan(settings: ServiceSettings): AggregationPlan<typeof MEASURES> {
  return { table: "penalties", time: "date", window: { from: settings.start, to: settings.cut }, measures: MEASURES };
}

/**
 * The penalty amount over the period on a plan runner.
 *
 * @param run - the plan runner over the penalties
 * @param settings - the checked options
 * @param guard - the computation's currency guard
 * @returns the result
 */
export function penaltyAmountOf(run: PlanRunner, settings: ServiceSettings, guard: CurrencyGuard): PenaltyAmountResult {
  const cell = run(penaltyPlan(settings), guard).total();
  return {
    indicator: "penalty-amount",
    unit: "money",
    currency: guard.currency,
    period: settings.period,
    asOf: settings.asOf,
    amount: cell.amount,
    count: cell.count,
    ...(settings.explain ? { explain: { penaltyIds: [...cell.ids] } } : {}),
  };
}
