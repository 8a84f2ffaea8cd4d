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
import { beforeAsOf, groupKeys, type GroupSource } from "./_salesFlowPlans.js";
import { salesFlowSeriesOf } from "./_salesFlowSeries.js";
import { planSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  checkGroupBy,
  checkKinds,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import { DEFAULT_NEGOTIATIONS_KINDS, type NegotiationsOptions, type NegotiationsResult } from "./negotiationsTypes.js";
import type {
  SalesFlowGroupedOptions,
  SalesFlowGroupedResult,
  SalesFlowSeriesOptions,
  SalesFlowSeriesResult,
} from "./salesFlowTypes.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";

function compute(
  source: SalesFlowSource,
  settings: SalesFlowSettings,
  kinds: readonly RequestKind[],
): NegotiationsResult {
  const offers = source.tally({ table: "offers", time: "issuedAt" });
  const deals = source.tally({ table: "deals", time: "createdAt" });
  const byKind = { kind: "in", column: "kind", values: kinds } as const;
  const received = source.tally({ table: "requests", time: "receivedAt", where: [byKind] });
  const processed = source.tally({
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

// Counts only: the guard never meets an amount.
function computeIn(run: PlanRunner, settings: SalesFlowSettings, kinds: readonly RequestKind[]): NegotiationsResult {
  return compute(planSource(run, new CurrencyGuard({}), settings), settings, kinds);
}

/** `negotiations` over a runner with `offers`, `deals` and `requests`. */
export function negotiationsOf(run: PlanRunner, options: NegotiationsOptions): NegotiationsResult {
  const settings = checkSalesFlowOptions(options);
  return computeIn(run, settings, checkKinds(options.kinds, DEFAULT_NEGOTIATIONS_KINDS));
}

/** `negotiationsSeries` over a runner with `offers`, `deals` and `requests`. */
export function negotiationsSeriesOf(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<NegotiationsOptions>,
): SalesFlowSeriesResult<"negotiations", NegotiationsResult> {
  // The kinds are checked at the first bucket, after the range and the grain, as the single form
  // checks them after the period.
  let kinds: readonly RequestKind[] | undefined;
  return salesFlowSeriesOf(run, options, "negotiations", new CurrencyGuard({}), (source, settings) => {
    kinds ??= checkKinds(options.kinds, DEFAULT_NEGOTIATIONS_KINDS);
    return compute(source, settings, kinds);
  });
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
    groups: keys.map((key) => ({ key, result: computeIn(run, groupSettings(settings, groupBy, key, options), kinds) })),
  };
}
