import * as z from "zod";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import type { Deal } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { checkDealOptions, checkGroupBy, groupedDeals, withScope } from "./_dealsSettings.js";
import { slippedDealsOf } from "./_slippedDealsCore.js";
import type { DealGroupedOptions, DealGroupedResult } from "./dealsTypes.js";
import type { SlippedDealsOptions, SlippedDealsResult } from "./slippedDealsTypes.js";

export type { SlippedDealsOptions, SlippedDealsReading, SlippedDealsResult } from "./slippedDealsTypes.js";

/** Options of {@link slippedDealsGrouped}. @category Deals */
export interface SlippedDealsGroupedOptions extends Omit<SlippedDealsOptions, "scope">, DealGroupedOptions {}

/** Result of {@link slippedDealsGrouped}. @category Deals */
export interface SlippedDealsGroupedResult extends DealGroupedResult<SlippedDealsResult> {
  /** Stable indicator id. */
  readonly indicator: "slipped-deals";
}

/**
 * zod schema of a {@link SlippedDealsResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const result = slippedDeals([], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(SlippedDealsResultSchema, JSON.stringify(result)).reading; //=> "overdue"
 * ```
 * @category Deals
 */
export const SlippedDealsResultSchema: z.ZodType<SlippedDealsResult> = z.object({
  indicator: z.literal("slipped-deals"),
  unit: z.literal("count"),
  currency: CurrencyJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  readAt: InstantJsonSchema,
  scope: ScopeJsonSchema,
  dealCount: z.number().int().nonnegative(),
  amount: DecimalJsonSchema,
  reading: z.enum(["close-date-history", "overdue"]),
  daysMoved: DecimalJsonSchema.nullable(),
  meanDays: figureJsonSchema(["no-slipped-deals"]),
  explain: z.object({ dealIds: z.array(z.string()) }).exactOptional(),
});

function runnerFor(
  deals: readonly Deal[] | DealTable,
  options: SlippedDealsOptions,
): { run: PlanRunner; history: boolean } {
  const table = dealColumnsOf(deals, "deals");
  if (options.closeDateChanges === undefined) return { run: tableRunner({ deals: table }), history: false };
  const changes = recordColumnsOf(options.closeDateChanges, "closeDateChanges", "closeDateChanges");
  return { run: tableRunner({ deals: table, closeDateChanges: changes }), history: changes.size > 0 };
}

/**
 * Slipped deals (affaires glissées): deals whose expected close date was pushed later during the
 * period, from the CRM's close-date history; without a history, the open deals already past their
 * expected close day. The result names the reading it used (`reading`).
 *
 * Formula, reading `close-date-history` (a non-empty `closeDateChanges`): for each deal of the
 * scope, its changes are taken in `changedAt` order (ties in input order); a change dated in
 * `[period start, min(period end, asOf))` whose expected close day is later than the one set by
 * the deal's previous change is a slip of that many calendar days. `dealCount` = deals with at
 * least one slip, `amount` = their amounts, `daysMoved` = the days of all their slips, `meanDays`
 * = `daysMoved / dealCount`. Reading `overdue` (no history): the deals open at `asOf` (else the
 * period's end) whose expected close day is before that day (settled detail 8: a deal due today is
 * not overdue), their amount, and `meanDays` = their mean days overdue. Amounts are converted at
 * that instant.
 *
 * Interpretation: a deal's first known change has no earlier date to compare with, so it is not a
 * slip (a slip needs two changes; the deal's own `expectedCloseDate` is its latest value, not an
 * earlier one); a move earlier is not a slip and does not cancel one.
 * Interpretation: a slipped deal counts whatever its status now (a deal pushed then won slipped).
 *
 * @param deals - an array of deals, or its table (`dealTable(deals)`)
 * @param options - period, `asOf`, `closeDateChanges`, scope, roster, zone, currency, explain ({@link SlippedDealsOptions})
 * @returns the {@link SlippedDealsResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or scope, or inputs neither arrays nor tables of their kind
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at the reading instant
 * @example
 * ```ts
 * const deal = (id: string, expectedCloseDate: string): Deal => ({ id, ownerId: "ann", amount: toDecimal("1000"), currency: "EUR",
 *   stage: "proposal", status: "open", createdAt: new Date("2026-01-01T00:00:00Z"), expectedCloseDate: new Date(expectedCloseDate) });
 * const change = (id: string, dealId: string, day: string, changedAt: string): DealCloseDateChange =>
 *   ({ id, dealId, expectedCloseDate: new Date(day), changedAt: new Date(changedAt) });
 * const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const r = slippedDeals([deal("a", "2026-04-30"), deal("b", "2026-03-05")], { period: march, closeDateChanges: [
 *   change("1", "a", "2026-03-31", "2026-01-10T00:00:00Z"), change("2", "a", "2026-04-30", "2026-03-20T00:00:00Z")] });
 * [r.reading, r.dealCount, r.daysMoved?.toString(), r.amount.toString()]; //=> ["close-date-history", 1, "30", "1000"]
 * const o = slippedDeals([deal("a", "2026-04-30"), deal("b", "2026-03-05")], { period: march, asOf: new Date("2026-03-15T00:00:00Z") });
 * [o.reading, o.dealCount, o.meanDays.value?.toString()]; //=> ["overdue", 1, "10"]   (b was due 10 days before 15 March)
 * ```
 * @category Deals
 */
export function slippedDeals(deals: readonly Deal[] | DealTable, options: SlippedDealsOptions): SlippedDealsResult {
  const settings = checkDealOptions(options);
  const { run, history } = runnerFor(deals, options);
  return slippedDealsOf(run, settings, history);
}

/**
 * {@link slippedDeals} per seller or per team (each deal's owner).
 *
 * @param deals - an array of deals, or its table
 * @param options - the options of {@link slippedDeals} without `scope`, and `groupBy`
 * @returns the {@link SlippedDealsGroupedResult}
 * @throws {@link InvalidArgumentError} as {@link slippedDeals}, and for a bad `groupBy` or `"team"` without `sellers`
 * @throws {@link MixedCurrencyError} when counted deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at the reading instant
 * @example
 * ```ts
 * const r = slippedDealsGrouped([], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller", sellers: [{ id: "ann" }] });
 * r.groups.map((g) => [g.key, g.result.dealCount]); //=> [["ann", 0]]
 * ```
 * @category Deals
 */
export function slippedDealsGrouped(
  deals: readonly Deal[] | DealTable,
  options: SlippedDealsGroupedOptions,
): SlippedDealsGroupedResult {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const { groupBy: _groupBy, ...rest } = options;
  const settings = checkDealOptions(rest);
  const { run, history } = runnerFor(deals, rest);
  const grouped = groupedDeals(run, groupBy, rest.sellers, (scope) =>
    slippedDealsOf(run, withScope(settings, scope), history),
  );
  return { indicator: "slipped-deals", ...grouped };
}
