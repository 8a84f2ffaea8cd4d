/**
 * The attainment distribution from revenue versus target (2.1) by seller: each seller's
 * attainment is the one 2.1 computes (`revenueVsTargetGroupedOf`), placed in a band.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../../money/dec.js";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { prepare } from "../revenue/_revenueVsTargetCore.js";
import { revenueVsTargetGroupedOf } from "../revenue/_revenueVsTargetFigures.js";
import type { IndicatorWarning } from "../warnings.js";
import { InvalidArgumentError } from "../../errors/index.js";
import {
  ATTAINMENT_BANDS,
  type AttainmentBand,
  type AttainmentBandCount,
  type AttainmentDistributionOptions,
  type AttainmentDistributionResult,
  type AttainmentDistributionWarningCode,
  type SellerAttainment,
  type SellerWithoutTarget,
} from "./attainmentDistributionTypes.js";

const HALF = new Dec("0.5");
const EIGHT_TENTHS = new Dec("0.8");
const ONE = new Dec(1);
const SIX_FIFTHS = new Dec("1.2");

/** The edges of each band, in the order of `ATTAINMENT_BANDS`. */
const EDGES: readonly (readonly [Decimal | null, boolean, Decimal | null, boolean])[] = [
  [null, false, HALF, false],
  [HALF, true, EIGHT_TENTHS, false],
  [EIGHT_TENTHS, true, ONE, false],
  [ONE, true, SIX_FIFTHS, true],
  [SIX_FIFTHS, false, null, false],
];

/** The band of an attainment: each band holds its lower edge, but 1.2 belongs to `1-1.2`. */
export function bandOf(attainment: Decimal): AttainmentBand {
  if (attainment.lessThan(HALF)) return "below-0.5";
  if (attainment.lessThan(EIGHT_TENTHS)) return "0.5-0.8";
  if (attainment.lessThan(ONE)) return "0.8-1";
  if (attainment.lessThanOrEqualTo(SIX_FIFTHS)) return "1-1.2";
  return "above-1.2";
}

/**
 * The attainment distribution of the options' scope.
 *
 * @throws the errors of revenue versus target (2.1): InvalidArgumentError, MixedCurrencyError,
 *   MissingExchangeRateError, ProrationForbiddenError
 */
export function attainmentDistributionOf(
  run: PlanRunner,
  options: AttainmentDistributionOptions,
): AttainmentDistributionResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a period and targets");
  if ((options as { readonly thresholds?: unknown }).thresholds !== undefined)
    throw new InvalidArgumentError("thresholds do not apply to the attainment distribution: its bands are fixed");
  const settings = prepare({ ...options, explain: false });
  const period = checkPeriod(options.period, "period");
  const figures = revenueVsTargetGroupedOf(run, options.targets, settings, period, "seller", options.sellers);
  const sellers: SellerAttainment[] = [];
  const withoutTarget: SellerWithoutTarget[] = [];
  const members = new Map<AttainmentBand, string[]>(ATTAINMENT_BANDS.map((band) => [band, []]));
  let atOrAbove = 0;
  for (const { key, result } of figures.groups) {
    const attainment = result.attainment.value;
    if (attainment === null) {
      withoutTarget.push({ sellerId: key, reason: result.attainment.reason });
      sellers.push({ sellerId: key, attainment: null, band: null });
      continue;
    }
    const band = bandOf(attainment);
    members.get(band)?.push(key);
    if (attainment.greaterThanOrEqualTo(ONE)) atOrAbove += 1;
    sellers.push({ sellerId: key, attainment, band });
  }
  const bands: AttainmentBandCount[] = ATTAINMENT_BANDS.map((band, b) => {
    const [lower, lowerIncluded, upper, upperIncluded] = EDGES[b] as (typeof EDGES)[number];
    const ids = members.get(band) ?? [];
    return { band, lower, lowerIncluded, upper, upperIncluded, count: ids.length, sellerIds: ids };
  });
  const withTarget = sellers.length - withoutTarget.length;
  const warnings: IndicatorWarning<AttainmentDistributionWarningCode>[] = figures.warnings
    .filter((warning) => warning.code === "targets-without-group")
    .map((warning) => ({ code: "targets-without-group", message: warning.message }));
  const asOf = settings.asOf;
  if (asOf !== null && asOf > period.start.getTime() && asOf < period.end.getTime()) {
    warnings.unshift({
      code: "partial-period",
      message: `asOf (${new Date(asOf).toISOString()}) is inside the period: each attainment is realized to date over the whole period's target, so sellers sit lower than they will at the end`,
    });
  }
  return {
    indicator: "attainment-distribution",
    unit: "ratio",
    currency: figures.currency,
    scope: settings.filter.scope,
    period: echoPeriod(period, settings.calendar.timeZone),
    asOf: asOf === null ? null : new Date(asOf),
    sellerCount: sellers.length,
    sellersWithTarget: withTarget,
    atOrAboveTarget: ratio(new Dec(atOrAbove), new Dec(withTarget), "no-sellers-with-target"),
    bands,
    withoutTarget,
    sellers,
    warnings,
  };
}
