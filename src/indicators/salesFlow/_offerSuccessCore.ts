/**
 * The computation of `offerSuccess` and `offerSuccessGrouped` over a {@link PlanRunner}, so that
 * the tests can run it on the table executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import { Dec, ZERO } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { beforeAsOf, groupKeys, type GroupSource } from "./_salesFlowPlans.js";
import { salesFlowSeriesOf } from "./_salesFlowSeries.js";
import { planSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  checkGroupBy,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import type {
  OfferSuccessFigures,
  OfferSuccessOptions,
  OfferSuccessResult,
  ProspectSuccessFigures,
} from "./offerSuccessTypes.js";
import type {
  SalesFlowGroupedOptions,
  SalesFlowGroupedResult,
  SalesFlowSeriesOptions,
  SalesFlowSeriesResult,
} from "./salesFlowTypes.js";
import type { Ratio } from "../types.js";

const DECIDED_OTHERWISE = ["rejected", "expired", "withdrawn"] as const;

function compute(
  source: SalesFlowSource,
  settings: SalesFlowSettings,
  guard: CurrencyGuard,
  withProspects: boolean,
): OfferSuccessResult {
  const offerSpec = { table: "offers", time: "issuedAt", amount: true } as const;
  const issued = source.tally(offerSpec);
  const accepted = source.tally({
    ...offerSpec,
    where: [{ kind: "in", column: "status", values: ["accepted"] }, ...beforeAsOf(settings, "decidedAt")],
  });
  const notAccepted = source.tally({
    table: "offers",
    time: "issuedAt",
    where: [{ kind: "in", column: "status", values: DECIDED_OTHERWISE }, ...beforeAsOf(settings, "decidedAt")],
  });
  const issuedAmount = issued.amount ?? ZERO;
  const acceptedAmount = accepted.amount ?? ZERO;
  const valueRate: Ratio<"no-offers" | "no-offer-value"> =
    issued.count === 0
      ? ratio(acceptedAmount, issuedAmount, "no-offers")
      : ratio(acceptedAmount, issuedAmount, "no-offer-value");
  const offers: OfferSuccessFigures = {
    issued: issued.count,
    issuedAmount,
    accepted: accepted.count,
    acceptedAmount,
    notAccepted: notAccepted.count,
    pending: issued.count - accepted.count - notAccepted.count,
    rateByCount: ratio(new Dec(accepted.count), new Dec(issued.count), "no-offers"),
    rateByValue: valueRate,
  };
  let prospects: ProspectSuccessFigures | null = null;
  let prospectIds: readonly string[] = [];
  let convertedIds: readonly string[] = [];
  if (withProspects) {
    const created = source.tally({ table: "prospects", time: "createdAt" });
    const converted = source.tally({
      table: "prospects",
      time: "createdAt",
      where: [{ kind: "present", column: "convertedAt", present: true }, ...beforeAsOf(settings, "convertedAt")],
    });
    const lost = source.tally({
      table: "prospects",
      time: "createdAt",
      where: [{ kind: "present", column: "lostAt", present: true }, ...beforeAsOf(settings, "lostAt")],
    });
    prospects = {
      created: created.count,
      converted: converted.count,
      lost: lost.count,
      open: created.count - converted.count - lost.count,
      rate: ratio(new Dec(converted.count), new Dec(created.count), "no-prospects"),
    };
    prospectIds = created.ids ?? [];
    convertedIds = converted.ids ?? [];
  }
  const result: OfferSuccessResult = {
    indicator: "offer-success",
    unit: "ratio",
    ...resultHead(settings),
    currency: guard.currency,
    offers,
    prospects,
  };
  if (!settings.explain) return result;
  return {
    ...result,
    explain: { issuedIds: issued.ids ?? [], acceptedIds: accepted.ids ?? [], prospectIds, convertedIds },
  };
}

/** `offerSuccess` over a runner with `offers` (and `prospects` when `withProspects`). */
export function offerSuccessOf(
  run: PlanRunner,
  options: OfferSuccessOptions,
  withProspects: boolean,
): OfferSuccessResult {
  const settings = checkSalesFlowOptions(options);
  const guard = new CurrencyGuard(options);
  return compute(planSource(run, guard, settings), settings, guard, withProspects);
}

/** `offerSuccessSeries` over a runner with `offers` (and `prospects` when `withProspects`). */
export function offerSuccessSeriesOf(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<OfferSuccessOptions>,
  withProspects: boolean,
): SalesFlowSeriesResult<"offer-success", OfferSuccessResult> {
  // One guard for every bucket: the buckets are reported in one currency, so they compare.
  const guard = new CurrencyGuard(options);
  return salesFlowSeriesOf(run, options, "offer-success", guard, (source, settings) =>
    compute(source, settings, guard, withProspects),
  );
}

/** `offerSuccessGrouped` over a runner with `offers` (and `prospects` when `withProspects`). */
export function offerSuccessGroupedOf(
  run: PlanRunner,
  options: Omit<OfferSuccessOptions, "scope"> & SalesFlowGroupedOptions,
  withProspects: boolean,
): SalesFlowGroupedResult<"offer-success", OfferSuccessResult> {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const settings = checkSalesFlowOptions(options);
  // One guard for every group: the groups are reported in one currency, so they compare.
  const guard = new CurrencyGuard(options);
  const sources: GroupSource[] = [{ table: "offers", time: "issuedAt" }];
  if (withProspects) sources.push({ table: "prospects", time: "createdAt" });
  const keys = groupKeys(run, settings, groupBy, options.sellers, sources);
  const own = (key: string): SalesFlowSettings => groupSettings(settings, groupBy, key, options);
  const groups = keys.map((key) => ({
    key,
    result: compute(planSource(run, guard, own(key)), own(key), guard, withProspects),
  }));
  // Groups computed before the first amount was met carry no currency yet: give them the one found.
  const currency = guard.currency;
  return {
    indicator: "offer-success",
    groupBy,
    groups: groups.map((group) => ({ key: group.key, result: { ...group.result, currency } })),
  };
}
