import * as z from "zod";
import { checkPeriod } from "../../period/checkPeriod.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Deal } from "../../model/types.js";
import { CurrencyJsonSchema } from "../../model/resultJson.js";
import type { DealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { lostDealsGroupedOf } from "./_lostDealsFigures.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- lostDeals is named by {@link lostDeals} in the TSDoc
import { lostDeals, LostDealsResultSchema, type LostDealsOptions, type LostDealsResult } from "./lostDeals.js";

/** Options of {@link lostDealsGrouped}: those of {@link lostDeals} without `scope`, plus `groupBy`. @category Lost deals */
export interface LostDealsGroupedOptions extends Omit<LostDealsOptions, "scope"> {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/** One group of {@link lostDealsGrouped}: its key and its lost-deals result. @category Lost deals */
export interface LostDealsGroup {
  /** The seller id or the team id. */
  readonly key: string;
  /** The lost deals computed for that seller or team scope. */
  readonly result: LostDealsResult;
}

/** The result of {@link lostDealsGrouped}. @category Lost deals */
export interface LostDealsGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "lost-deals";
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** The one currency of every group's amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** One entry per seller or team: roster order first, then owners by first appearance. */
  readonly groups: readonly LostDealsGroup[];
}

/**
 * zod schema of a {@link LostDealsGroupedResult} as `JSON.stringify` writes it; read it back with
 * `resultFromJSON(LostDealsGroupedResultSchema, text)`.
 *
 * @example
 * ```ts
 * const lost: Deal = { id: "d1", ownerId: "ann", amount: toDecimal("1000"), currency: "EUR", stage: "closed", status: "lost",
 *   createdAt: new Date("2026-01-01T00:00:00Z"), closedAt: new Date("2026-03-05T00:00:00Z") };
 * const grouped = lostDealsGrouped([lost], {
 *   range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") },
 *   groupBy: "seller",
 *   sellers: [{ id: "ann" }, { id: "bob" }],
 * });
 * const back = resultFromJSON(LostDealsGroupedResultSchema, JSON.stringify(grouped));
 * back.groups.map((g) => [g.key, g.result.totals.lostCount, g.result.totals.lostAmount.toString()]); //=> [["ann", 1, "1000"], ["bob", 0, "0"]]
 * ```
 * @category Lost deals
 */
export const LostDealsGroupedResultSchema: z.ZodType<LostDealsGroupedResult> = z.object({
  indicator: z.literal("lost-deals"),
  groupBy: z.enum(["seller", "team"]),
  currency: CurrencyJsonSchema,
  groups: z.array(z.object({ key: z.string(), result: LostDealsResultSchema })),
});

/**
 * Volume of lost deals (volume des affaires perdues, 2.5) for every seller or every team side by
 * side: one {@link lostDeals} per group, each with the group's scope, the same buckets and the
 * same spike settings (each group's spikes are judged on its own history).
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, plus the owners of won or lost
 * deals closed in the range before `asOf` (settled detail 15); per group, the formulas of
 * {@link lostDeals}, with the same `asOf` cut, `partial` and `not-started` buckets.
 *
 * Interpretation: every group is reported in one currency, so groups can be compared: without
 * exchange rates, the deals of all groups must share one currency (else `MixedCurrencyError`), and
 * groups with no deal carry that currency too.
 * Interpretation: only the deals that can count (won or lost, closed in the range before `asOf`) decide which
 * owners appear as groups; by team, owners with no team in the roster are in no group.
 *
 * @param deals - an array of deals (trusted, already parsed), or its table (`dealTable(deals)`):
 *   pass the table when calling several indicators on the same deals
 * @param options - the options of {@link lostDeals} (without `scope`) and `groupBy`
 * @returns the {@link LostDealsGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the
 *   `sellers` roster, `deals` neither an array nor a deal table, or any option {@link lostDeals} rejects
 * @throws {@link MixedCurrencyError} when the grouped deals are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a grouped deal's `closedAt`
 * @example
 * ```ts
 * const lost = (id: string, closedAt: string): Deal => ({ id, ownerId: "ann", amount: toDecimal(100), currency: "EUR", stage: "closed",
 *   status: "lost", createdAt: new Date("2025-12-01T00:00:00Z"), closedAt: new Date(closedAt) });
 * const deals = [lost("d1", "2026-01-10T00:00:00Z"), lost("d2", "2026-02-10T00:00:00Z"), lost("d3", "2026-03-10T00:00:00Z"),
 *   lost("d4", "2026-04-10T00:00:00Z"), lost("d5", "2026-05-10T00:00:00Z")];
 * const options = {
 *   range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") },
 *   asOf: new Date("2026-05-01T00:00:00Z"), // d5 closes after it: not counted
 *   groupBy: "seller",
 *   sellers: [{ id: "ann", name: "Ann" }, { id: "bob", name: "Bob" }],
 * } as const;
 * const grouped = lostDealsGrouped(deals, options);
 * grouped.groups.map((g) => [g.key, g.result.totals.lostCount]); //=> [["ann", 4], ["bob", 0]]
 * grouped.groups[0]?.result.buckets.map((b) => b.flags.at(-1) ?? "-");
 * //=> ["insufficient-history", "insufficient-history", "insufficient-history", "insufficient-history", "not-started", "not-started"]
 * // The same result from the deals' table, built once for several indicators:
 * lostDealsGrouped(dealTable(deals), options).groups.map((g) => g.key); //=> ["ann", "bob"]
 * ```
 * @category Lost deals
 */
export function lostDealsGrouped(
  deals: readonly Deal[] | DealTable,
  options: LostDealsGroupedOptions,
): LostDealsGroupedResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const range = checkPeriod(options.range, "range");
  const groupBy = options.groupBy;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  if (groupBy === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  }
  const table = dealColumnsOf(deals, "deals");
  const { groupBy: _groupBy, ...rest } = options;
  const { currency, groups } = lostDealsGroupedOf(tableRunner({ deals: table }), rest, groupBy, range);
  return { indicator: "lost-deals", groupBy, currency, groups };
}
