/**
 * The groups of {@link pipelineGrouped} (sellers, teams or customers) and their pipelines, computed by the
 * same plans for every group at once.
 *
 * @internal
 * @module
 */
import { checkSellers, teamsOf } from "../../model/_teams.js";
import type { Scope, Seller } from "../../model/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { TableKind } from "../../table/_columns.js";
import { resolveScope, type GroupBy, type ScopeFilter } from "../../table/scope.js";
import { compareCodePoints } from "../../errors/describe.js";
import { amountsOf, pipelineResults, type PipelineSplit } from "./_pipelineCore.js";
import { checkPipelineOptions, type PipelineSettings } from "./_pipelineOptions.js";
import { amountMeasures, customersPlan, withoutCustomerPlan, type PipelinePlanContext } from "./_pipelinePlans.js";
import type { PipelineAmounts, PipelineOptions, PipelineResult } from "./pipelineTypes.js";

const COMPANY: Scope = { level: "company" };

/** The owners of a table's rows, after `keys`, in order of first appearance. */
function ownerKeys(runner: PlanRunner, table: TableKind, keys: readonly string[]): string[] {
  const cells = runner({
    table,
    time: table === "deals" ? "createdAt" : "date",
    window: { from: null, to: null },
    groupBy: [{ column: "owner", keys }],
    measures: {},
  });
  return (cells.keys[0] ?? []).filter((key): key is string => key !== null);
}

/**
 * The groups: by seller, the roster's sellers then the other owners of the deals and of the
 * forecast's orders, in order of first appearance (a seller who owns nothing gets zeros); by team,
 * the roster's teams, each reading its sellers (owners with no team are in no group).
 */
function splitOf(
  runner: PlanRunner,
  groupBy: GroupBy,
  sellers: readonly Seller[] | undefined,
  withOrders: boolean,
): PipelineSplit {
  if (groupBy === "seller") {
    let keys = ownerKeys(runner, "deals", [...new Set((sellers ?? []).map((seller) => seller.id))]);
    if (withOrders) keys = ownerKeys(runner, "orders", keys);
    return {
      owners: undefined,
      groupBy: { column: "owner", keys },
      groups: keys.map((key) => ({
        key,
        scope: resolveScope({ level: "seller", sellerId: key }, sellers),
        owners: [key],
      })),
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

/** A customer group's scope: the deals and orders of the computation's scope, and no target (targets are set for the company, teams and sellers, never for a customer). */
function customerScope(base: ScopeFilter): ScopeFilter {
  return {
    scope: base.scope,
    owners: base.owners,
    includesOwner: (owner) => base.includesOwner(owner),
    ownsTarget: () => false,
  };
}

/**
 * The customer groups: the customers of the open deals of the scope, then (with a forecast) those
 * of its orders in the realized window, in order of first appearance.
 */
function customerSplit(runner: PlanRunner, settings: PipelineSettings): PipelineSplit {
  const owners = settings.owners;
  let keys = (runner(customersPlan(settings.asOf, owners)).keys[0] ?? []).filter((key): key is string => key !== null);
  const forecast = settings.forecast;
  if (forecast !== null) {
    const from = forecast.period.start.getTime();
    const to = Math.max(from, Math.min(forecast.period.end.getTime(), settings.asOf));
    const cells = runner({
      table: "orders",
      time: "date",
      window: { from, to },
      ...(owners === undefined ? {} : { owners }),
      groupBy: [{ column: "customer", keys }],
      measures: {},
    });
    keys = (cells.keys[0] ?? []).filter((key): key is string => key !== null);
  }
  const scope = customerScope(settings.scope);
  return { owners, groupBy: { column: "customer", keys }, groups: keys.map((key) => ({ key, scope, owners })) };
}

/** The groups of a grouped pipeline, and for customers the folded rest and the deals without a customer. */
export interface PipelineGroupsFigures {
  readonly currency: string | null;
  readonly groups: readonly { readonly key: string; readonly result: PipelineResult }[];
  readonly rest: { readonly groupCount: number; readonly result: PipelineResult } | null;
  readonly withoutCustomer: PipelineAmounts | null;
}

/**
 * The customer groups by weighted pipeline, descending (ties by key, by code point); with `top`,
 * the first `top` and the others folded into one pipeline computed by the same plans (the folded
 * customers relabelled as one group).
 */
function customerGroupsOf(
  runner: PlanRunner,
  settings: PipelineSettings,
  top: number | undefined,
): PipelineGroupsFigures {
  const split = customerSplit(runner, settings);
  const results = pipelineResults(runner, settings, split);
  const context: PipelinePlanContext = {
    asOf: settings.asOf,
    asOfDayStart: settings.asOfDayStart,
    owners: settings.owners,
    groupBy: undefined,
  };
  const withoutCustomer = amountsOf(
    runner(withoutCustomerPlan(context, amountMeasures(settings.stages, settings.explain)), settings.guard).total(),
  );
  const ranked = split.groups
    .map((group, g) => ({ key: group.key as string, result: results[g] as PipelineResult }))
    .sort((a, b) => b.result.totals.weighted.comparedTo(a.result.totals.weighted) || compareCodePoints(a.key, b.key));
  if (top === undefined || ranked.length <= top)
    return { currency: settings.guard.currency, groups: ranked, rest: null, withoutCustomer };
  const folded = ranked.slice(top).map((group) => group.key);
  const label = "rest";
  const restSplit: PipelineSplit = {
    owners: settings.owners,
    groupBy: { column: "customer", keys: [label], relabel: folded.map((key) => [key, label] as const) },
    groups: [{ key: label, scope: customerScope(settings.scope), owners: settings.owners }],
  };
  const rest = pipelineResults(runner, settings, restSplit)[0] as PipelineResult;
  return {
    currency: settings.guard.currency,
    groups: ranked.slice(0, top),
    rest: { groupCount: folded.length, result: rest },
    withoutCustomer,
  };
}

/**
 * The pipeline of each seller, team or customer (see {@link pipelineGrouped}): lists the groups,
 * then, when there is one, checks the options (the forecast's orders are read already) and
 * computes every group's pipeline with one currency check. Customers are ranked by weighted
 * pipeline and, with `top`, the others are folded into `rest`.
 *
 * @param runner - runs the plans over the deals and the forecast's orders
 * @param options - the pipeline options without `scope`
 * @param groupBy - by seller, team (a team grouping needs `options.sellers`) or customer
 * @param top - how many customer groups to keep (the others fold into `rest`); absent: all
 * @returns the common currency (`null` when nothing was summed and none was asked for), the groups
 *   in order, the folded rest and the open deals without a customer (customers only)
 * @throws InvalidArgumentError for a roster that is not an array or an invalid option; UnknownStageError,
 *   MixedCurrencyError, MissingExchangeRateError, ProrationForbiddenError
 */
export function pipelineGroupsOf(
  runner: PlanRunner,
  options: Omit<PipelineOptions, "scope">,
  groupBy: GroupBy | "customer",
  top?: number,
): PipelineGroupsFigures {
  checkSellers(options.sellers);
  if (groupBy === "customer")
    return customerGroupsOf(runner, checkPipelineOptions({ ...options, scope: COMPANY }, false).settings, top);
  const split = splitOf(runner, groupBy, options.sellers, options.forecast !== undefined);
  if (split.groups.length === 0) return { currency: null, groups: [], rest: null, withoutCustomer: null };
  const { settings } = checkPipelineOptions({ ...options, scope: COMPANY }, false);
  const results = pipelineResults(runner, settings, split);
  return {
    currency: settings.guard.currency,
    groups: split.groups.map((group, g) => ({ key: group.key as string, result: results[g] as PipelineResult })),
    rest: null,
    withoutCustomer: null,
  };
}
