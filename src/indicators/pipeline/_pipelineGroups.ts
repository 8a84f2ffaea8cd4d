/**
 * The groups of {@link pipelineGrouped} (sellers or teams) and their pipelines, computed by the
 * same plans for every group at once.
 *
 * @internal
 * @module
 */
import { checkSellers, teamsOf } from "../../model/_teams.js";
import type { Scope, Seller } from "../../model/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { TableKind } from "../../table/_columns.js";
import { resolveScope, type GroupBy } from "../../table/scope.js";
import { pipelineResults, type PipelineSplit } from "./_pipelineCore.js";
import { checkPipelineOptions } from "./_pipelineOptions.js";
import type { PipelineOptions, PipelineResult } from "./pipelineTypes.js";

const COMPANY: Scope = { level: "company" };

/** The owners of a table's rows, after `keys`, in order of first appearance. */
function ownerKeys(runner: PlanRunner, table: TableKind, keys: readonly string[]): string[] {
  const cells = runner({ table, time: table === "deals" ? "createdAt" : "date", window: { from: null, to: null }, groupBy: [{ column: "owner", keys }], measures: {} });
  return (cells.keys[0] ?? []).filter((key): key is string => key !== null);
}

/**
 * The groups: by seller, the roster's sellers then the other owners of the deals and of the
 * forecast's orders, in order of first appearance (a seller who owns nothing gets zeros); by team,
 * the roster's teams, each reading its sellers (owners with no team are in no group).
 */
function splitOf(runner: PlanRunner, groupBy: GroupBy, sellers: readonly Seller[] | undefined, withOrders: boolean): PipelineSplit {
  if (groupBy === "seller") {
    let keys = ownerKeys(runner, "deals", [...new Set((sellers ?? []).map((seller) => seller.id))]);
    if (withOrders) keys = ownerKeys(runner, "orders", keys);
    return {
      owners: undefined,
      groupBy: { column: "owner", keys },
      groups: keys.map((key) => ({ key, scope: resolveScope({ level: "seller", sellerId: key }, sellers), owners: [key] })),
    };
  }
  const teamOf = [...teamsOf(sellers)];
  const keys = [...new Set((sellers ?? []).flatMap((seller) => (seller.teamId === undefined ? [] : [seller.teamId])))];
  return {
    owners: teamOf.map(([seller]) => seller),
    // A team's deals meet the currency check seller by seller, in roster order.
    groupBy: { column: "owner", keys, relabel: teamOf },
    groups: keys.map((key) => ({
      key,
      scope: resolveScope({ level: "team", teamId: key }, sellers),
      owners: teamOf.filter(([, team]) => team === key).map(([seller]) => seller),
    })),
  };
}

/**
 * The pipeline of each seller or team (see {@link pipelineGrouped}): lists the groups, then, when
 * there is one, checks the options (the forecast's orders are read already) and computes every
 * group's pipeline with one currency check.
 *
 * @param runner - runs the plans over the deals and the forecast's orders
 * @param options - the pipeline options without `scope`
 * @param groupBy - by seller or by team (a team grouping needs `options.sellers`)
 * @returns the common currency (`null` when nothing was summed and none was asked for) and the groups in order
 * @throws InvalidArgumentError for a roster that is not an array or an invalid option; UnknownStageError,
 *   MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function pipelineGroupsOf(
  runner: PlanRunner,
  options: Omit<PipelineOptions, "scope">,
  groupBy: GroupBy,
): { currency: string | null; groups: { key: string; result: PipelineResult }[] } {
  checkSellers(options.sellers);
  const split = splitOf(runner, groupBy, options.sellers, options.forecast !== undefined);
  if (split.groups.length === 0) return { currency: null, groups: [] };
  const { settings } = checkPipelineOptions({ ...options, scope: COMPANY }, false);
  const results = pipelineResults(runner, settings, split);
  return { currency: settings.guard.currency, groups: split.groups.map((group, g) => ({ key: group.key as string, result: results[g] as PipelineResult })) };
}
