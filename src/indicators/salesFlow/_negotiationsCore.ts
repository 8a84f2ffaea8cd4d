/**
 * The computation of `negotiations` and `negotiationsGrouped` over a {@link PlanRunner}, so that
 * the tests can run it on the table executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { beforeAsOf, groupKeys, tally, type GroupSource } from "./_salesFlowPlans.js";
import {
  checkGroupBy,
  checkKinds,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import { DEFAULT_NEGOTIATIONS_KINDS, type NegotiationsOptions, type NegotiationsResult } from "./negotiationsTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";

function compute(run: PlanRunner, settings: SalesFlowSettings, kinds: readonly RequestKind[]): NegotiationsResult {
  const guard = new CurrencyGuard({});
  const offers = tally(run, guard, settings, { table: "offers", time: "issuedAt" });
  const deals = tally(run, guard, settings, { table: "deals", time: "createdAt" });
  const byKind = { kind: "in", column: "kind", values: kinds } as const;
  const received = tally(run, guard, settings, { table: "requests", time: "receivedAt", where: [byKind] });
  const processed = tally(run, guard, settings, {
    table: "requests",
    time: "receivedAt",
    where: [byKind, { kind: "in", column: "status", values: ["processed"] }, ...beforeAsOf(settings, "processedAt")],
  });
  const result: NegotiationsResult = {
    indicator: "negotiations",
    unit: "ratio",
    ...resultHead(settings),
    kinds,
    offersIssued: offers.count,
    dealsCreated: deals.count,
    proposalRate: ratio(new Dec(offers.count), new Dec(deals.count), "no-deals"),
    received: received.count,
    processed: processed.count,
    processingRate: ratio(new Dec(processed.count), new Dec(received.count), "no-requests"),
  };
  if (!settings.explain) return result;
  return {
    ...result,
    explain: {
      offerIds: offers.ids ?? [],
      dealIds: deals.ids ?? [],
      receivedIds: received.ids ?? [],
      processedIds: processed.ids ?? [],
    },
  };
}

/** `negotiations` over a runner with `offers`, `deals` and `requests`. */
export function negotiationsOf(run: PlanRunner, options: NegotiationsOptions): NegotiationsResult {
  const settings = checkSalesFlowOptions(options);
  return compute(run, settings, checkKinds(options.kinds, DEFAULT_NEGOTIATIONS_KINDS));
}

/** `negotiationsGrouped` over a runner with `offers`, `deals` and `requests`. */
export function negotiationsGroupedOf(
  run: PlanRunner,
  options: Omit<NegotiationsOptions, "scope"> & SalesFlowGroupedOptions,
): SalesFlowGroupedResult<"negotiations", NegotiationsResult> {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const settings = checkSalesFlowOptions(options);
  const kinds = checkKinds(options.kinds, DEFAULT_NEGOTIATIONS_KINDS);
  const sources: GroupSource[] = [
    { table: "offers", time: "issuedAt" },
    { table: "deals", time: "createdAt" },
    { table: "requests", time: "receivedAt", where: [{ kind: "in", column: "kind", values: kinds }] },
  ];
  const keys = groupKeys(run, settings, groupBy, options.sellers, sources);
  return {
    indicator: "negotiations",
    groupBy,
    groups: keys.map((key) => ({ key, result: compute(run, groupSettings(settings, groupBy, key, options), kinds) })),
  };
}
