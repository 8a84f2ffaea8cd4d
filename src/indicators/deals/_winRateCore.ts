/**
 * The computation behind {@link winRate} and its grouped form: won and lost deals closed in the
 * period, and with `staleAsLostAfterDays` the stale open deals counted as lost.
 *
 * @internal
 * @module
 */
import { Dec, ZERO } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { closedTallies, type Tally } from "./_dealsPlans.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { checkDealOptions, wholeNumberOption, type DealSettings } from "./_dealsSettings.js";
import { staleOpenDeals } from "./_staleDeals.js";
import { partialPeriodWarnings } from "./_dealsWarnings.js";
import type { WinRateOptions, WinRateResult } from "./winRateTypes.js";

/** The checked options of one win-rate computation. */
export interface WinRateSettings extends DealSettings {
  /** Open deals with no activity for this many days count as lost; `null`: off. */
  readonly staleAsLostAfterDays: number | null;
}

/**
 * The win rate of one scope: `won / (won + lost + stale)` by count and by value.
 *
 * @param run - runs the plans over the deals (and the activities, with `staleAsLostAfterDays`)
 * @param settings - the checked options
 * @returns the result
 * @throws MixedCurrencyError, MissingExchangeRateError
 */
export function winRateOf(run: PlanRunner, settings: WinRateSettings): WinRateResult {
  const closed = closedTallies(run, settings, ["won", "lost"]);
  const won = closed.get("won") as Tally;
  const lost = closed.get("lost") as Tally;
  const stale =
    settings.staleAsLostAfterDays === null ? null : staleOpenDeals(run, settings, settings.staleAsLostAfterDays);
  const staleCount = stale?.count ?? 0;
  const staleAmount = stale === null ? ZERO : stale.amount;
  const countDenominator = won.count + lost.count + staleCount;
  const valueDenominator = won.amount.plus(lost.amount).plus(staleAmount);
  const byCount = ratio(new Dec(won.count), new Dec(countDenominator), "no-closed-deals");
  const byValue =
    countDenominator > 0 && valueDenominator.isZero()
      ? { value: null, reason: "no-closed-value" as const, numerator: won.amount, denominator: valueDenominator }
      : ratio<"no-closed-deals" | "no-closed-value">(won.amount, valueDenominator, "no-closed-deals");
  const result: WinRateResult = {
    indicator: "win-rate",
    unit: "ratio",
    currency: settings.guard.currency,
    period: { start: new Date(settings.period.start.getTime()), end: new Date(settings.period.end.getTime()) },
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope.scope,
    wonCount: won.count,
    wonAmount: won.amount,
    lostCount: lost.count,
    lostAmount: lost.amount,
    staleAsLostAfterDays: settings.staleAsLostAfterDays,
    staleCount,
    staleAmount,
    byCount,
    byValue,
    warnings: partialPeriodWarnings(settings),
  };
  if (!settings.explain) return result;
  return {
    ...result,
    explain: { wonDealIds: won.ids ?? [], lostDealIds: lost.ids ?? [], staleDealIds: stale?.ids ?? [] },
  };
}

/**
 * Checks the options of a win-rate computation: the shared ones (see `checkDealOptions`), then
 * `staleAsLostAfterDays` (a whole number of days >= 1) and, with it, `activities`.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkWinRateOptions(options: WinRateOptions): WinRateSettings {
  const settings = checkDealOptions(options);
  const days = options.staleAsLostAfterDays;
  if (days === undefined) return { ...settings, staleAsLostAfterDays: null };
  const checked = wholeNumberOption(days, "staleAsLostAfterDays", 0, 1);
  if (options.activities === undefined)
    throw new InvalidArgumentError(
      "staleAsLostAfterDays needs the activities (option activities), linked to deals by dealId",
    );
  return { ...settings, staleAsLostAfterDays: checked };
}
