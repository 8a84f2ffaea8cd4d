/**
 * The groups of a grouped customer computation: by seller, the roster's sellers then the other
 * owners of the window's orders; by team, the roster's teams, each with its members.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import type { Scope, Seller } from "../../model/types.js";
import { checkSellers, teamsOf } from "../../model/_teams.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { PlanWindow } from "../../table/kernel/plan.js";

/** One group: its key, the scope its result reports, and the owners whose orders it reads. */
export interface GroupScope {
  readonly key: string;
  readonly scope: Scope;
  readonly owners: readonly string[];
}

/**
 * Checks `groupBy` and the roster it needs.
 *
 * @throws InvalidArgumentError for a `groupBy` other than `"seller"` or `"team"`, or `"team"` without a roster
 */
export function checkGroupBy(groupBy: unknown, sellers: readonly Seller[] | undefined): "seller" | "team" {
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  checkSellers(sellers);
  if (groupBy === "team" && sellers === undefined) {
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  }
  return groupBy;
}

/**
 * The groups: by seller, the roster's sellers (with zeros when they have no order) then the other
 * owners of the orders dated in `window`, in order of first appearance (settled detail 15); by
 * team, the roster's teams in roster order, each reading its members' orders.
 */
export function groupScopes(
  run: PlanRunner,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
  window: PlanWindow,
): GroupScope[] {
  const roster = sellers ?? [];
  if (groupBy === "seller") {
    const cells = run({
      table: "orders",
      time: "date",
      window,
      groupBy: [{ column: "owner", keys: roster.map((seller) => seller.id) }],
      measures: {},
    });
    return (cells.keys[0] ?? [])
      .filter((key): key is string => key !== null)
      .map((key) => ({ key, scope: { level: "seller", sellerId: key }, owners: [key] }));
  }
  const members = new Map<string, string[]>();
  for (const [seller, team] of teamsOf(roster)) {
    const list = members.get(team);
    if (list === undefined) members.set(team, [seller]);
    else list.push(seller);
  }
  return [...members].map(([key, owners]) => ({ key, scope: { level: "team", teamId: key }, owners }));
}
