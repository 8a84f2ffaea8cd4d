/**
 * The computation behind {@link averageDealSize} and its grouped form (and the average deal size
 * factor of sales velocity).
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { absent, present } from "../figure.js";
import type { Figure } from "../types.js";
import { closedTallies, type Tally } from "./_dealsPlans.js";
import type { DealSettings } from "./_dealsSettings.js";
import { partialPeriodWarnings } from "./_dealsWarnings.js";
import type { AverageDealSizeResult } from "./averageDealSizeTypes.js";

/** The average size of the deals won: `wonAmount / wonCount`. */
export function averageOfWon(won: Tally): Figure<"no-won-deals"> {
  return won.count === 0 ? absent("no-won-deals") : present(new Dec(won.amount).div(won.count));
}

/**
 * The average deal size of one scope (see {@link averageDealSize}), on any plan runner.
 */
export function averageDealSizeOf(run: PlanRunner, settings: DealSettings): AverageDealSizeResult {
  const won = closedTallies(run, settings, ["won"]).get("won") as Tally;
  const result: AverageDealSizeResult = {
    indicator: "average-deal-size",
    unit: "money",
    currency: settings.guard.currency,
    period: { start: new Date(settings.period.start.getTime()), end: new Date(settings.period.end.getTime()) },
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope.scope,
    wonCount: won.count,
    wonAmount: won.amount,
    average: averageOfWon(won),
    warnings: partialPeriodWarnings(settings),
  };
  return won.ids === null ? result : { ...result, explain: { wonDealIds: won.ids } };
}
