/**
 * The computation of `customerSatisfaction` on a plan runner (the public function runs it on the
 * tables; the property tests also on the record-by-record reference executor).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, unsignedZero } from "../../money/dec.js";
import {
  add,
  divide,
  fromDecimal,
  rational,
  rationalToDecimal,
  RATIONAL_ZERO,
  type Rational,
} from "../../money/rational.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey } from "../../table/kernel/plan.js";
import { absent, present } from "../figure.js";
import type { IndicatorWarning } from "../warnings.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { Bucket } from "../../period/types.js";
import type { ServiceSettings } from "./_serviceSettings.js";
import type {
  CustomerSatisfactionFigures,
  CustomerSatisfactionResult,
  CustomerSatisfactionWarningCode,
  NetPromoterScore,
} from "./customerSatisfactionTypes.js";

// Scores take few distinct values: the responses are tallied by (score, scale), with no Decimal per response.
const TALLY = { kind: "decimalTally", columns: ["score", "scaleMin", "scaleMax"] } as const;
const MEASURES = { tally: TALLY } as const;
// The ids only when asked for: listing every response costs more than tallying it.
const EXPLAINED = { tally: TALLY, ids: { kind: "ids" } } as const;
type Measures = typeof MEASURES | typeof EXPLAINED;

type SurveyCell = CellValues<Measures>;

const HUNDRED = new Dec(100);
const PROMOTER = new Dec(9);
const DETRACTOR = new Dec(6);

/** The responses dated in `[start, cut)`, by bucket when `buckets` is given. */
export function surveyPlan(
  settings: ServiceSettings,
  group?: GroupKey,
  buckets?: readonly number[],
): AggregationPlan<Measures> {
  return {
    table: "surveys",
    time: "date",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    ...(group === undefined ? {} : { groupBy: [group] }),
    measures: settings.explain ? EXPLAINED : MEASURES,
  };
}

function isZeroToTen(min: Decimal, max: Decimal): boolean {
  return min.isZero() && max.equals(10);
}

/** The responses of one scale: their count and exact score total. */
class Scale {
  private count = 0;
  private scores: Decimal = new Dec(0);

  constructor(
    readonly min: Decimal,
    readonly max: Decimal,
  ) {}

  /** `count` responses of score `score`. */
  add(score: Decimal, count: number): void {
    this.count += count;
    this.scores = this.scores.plus(score.times(count));
  }

  /** The sum of `(score - min) x 100 / (max - min)` over the scale's responses: `(total - count x min) x 100 / (max - min)`. */
  points(): Rational {
    const above = this.scores.minus(this.min.times(this.count)).times(HUNDRED);
    return divide(fromDecimal(above), fromDecimal(new Dec(this.max).minus(this.min)));
  }
}

/** The scale of `scales` from `min` to `max`, added when first met. */
function scaleOf(scales: Scale[], min: Decimal, max: Decimal): Scale {
  for (const scale of scales) if (scale.min.equals(min) && scale.max.equals(max)) return scale;
  const scale = new Scale(min, max);
  scales.push(scale);
  return scale;
}

/**
 * The figures of one cell: the mean of `(score - min) / (max - min) x 100`, and the NPS of the
 * 0-10 responses (promoters score 9 or more, detractors 6 or less), from the cell's tally of
 * (score, scale) combinations.
 */
export function satisfactionFigures(cell: SurveyCell): CustomerSatisfactionFigures {
  // The responses by scale (few per survey set): each scale's score total, rescaled once.
  const scales: Scale[] = [];
  let count = 0;
  let promoters = 0;
  let detractors = 0;
  let zeroToTen = 0;
  for (const { values, count: n } of cell.tally) {
    const [score, min, max] = values as readonly [Decimal, Decimal, Decimal];
    count += n;
    scaleOf(scales, min, max).add(score, n);
    if (!isZeroToTen(min, max)) continue;
    zeroToTen += n;
    if (score.greaterThanOrEqualTo(PROMOTER)) promoters += n;
    else if (score.lessThanOrEqualTo(DETRACTOR)) detractors += n;
  }
  // Exact fractions, divided once at the end: a 1-4 scale's thirds do not round per response.
  let sum: Rational = RATIONAL_ZERO;
  for (const scale of scales) sum = add(sum, scale.points());
  const nps: NetPromoterScore = {
    value: zeroToTen === 0 ? null : unsignedZero(new Dec(promoters - detractors).times(HUNDRED).div(zeroToTen)),
    reason: zeroToTen === 0 ? "no-0-10-responses" : null,
    responses: zeroToTen,
    promoters,
    passives: zeroToTen - promoters - detractors,
    detractors,
    otherScales: count - zeroToTen,
  };
  return {
    responses: count,
    index:
      count === 0
        ? absent("no-responses")
        : present(unsignedZero(rationalToDecimal(divide(sum, rational(BigInt(count), 1n))))),
    nps,
  };
}

function warningsOf(figures: CustomerSatisfactionFigures): IndicatorWarning<CustomerSatisfactionWarningCode>[] {
  const { nps } = figures;
  if (nps.responses === 0 || nps.otherScales === 0) return [];
  return [
    {
      code: "mixed-scales",
      message: `${nps.otherScales} of the ${figures.responses} responses are not on the 0-10 scale: the index rescales every response to 0-100, the NPS counts the ${nps.responses} on 0-10 only`,
    },
  ];
}

/** The result of one cell. */
export function satisfactionResultOf(cell: SurveyCell, settings: ServiceSettings): CustomerSatisfactionResult {
  const figures = satisfactionFigures(cell);
  return {
    indicator: "customer-satisfaction",
    unit: "score",
    period: settings.period,
    asOf: settings.asOf,
    ...figures,
    warnings: warningsOf(figures),
    ...(settings.explain ? { explain: { responseIds: "ids" in cell ? [...cell.ids] : [] } } : {}),
  };
}

/**
 * Customer satisfaction over the period on a plan runner.
 *
 * @param run - the plan runner over the survey responses
 * @param settings - the checked options
 * @returns the result
 */
export function customerSatisfactionOf(run: PlanRunner, settings: ServiceSettings): CustomerSatisfactionResult {
  return satisfactionResultOf(run(surveyPlan(settings)).total(), settings);
}

/**
 * Customer satisfaction per customer on a plan runner: one result per customer who answered in
 * the period, in order of first answer.
 *
 * @param run - the plan runner over the survey responses
 * @param settings - the checked options
 * @returns the groups
 */
export function customerSatisfactionByCustomerOf(
  run: PlanRunner,
  settings: ServiceSettings,
): { readonly key: string; readonly result: CustomerSatisfactionResult }[] {
  const cells = run(surveyPlan(settings, { column: "customer" }));
  return (cells.keys[0] ?? [])
    .filter((key): key is string => key !== null)
    .map((key) => ({ key, result: satisfactionResultOf(cells.total(key), settings) }));
}

/** One bucket of a customer satisfaction series: the single form over the bucket, labelled. */
export type SatisfactionBucket = CustomerSatisfactionResult & { readonly label: string };

/**
 * Customer satisfaction bucket by bucket on a plan runner: the survey plan runs once with the
 * buckets; each bucket's result is the single form over the bucket as its period, `total` over
 * the range.
 *
 * @param run - the plan runner over the survey responses
 * @param settings - the checked options of the range
 * @param buckets - the range's buckets
 * @returns each bucket's result and the total
 */
export function customerSatisfactionSeriesOf(
  run: PlanRunner,
  settings: ServiceSettings,
  buckets: readonly Bucket[],
): { readonly buckets: SatisfactionBucket[]; readonly total: CustomerSatisfactionResult } {
  const cells = run(
    surveyPlan(
      settings,
      undefined,
      buckets.map((bucket) => bucket.start.getTime()),
    ),
  );
  const zone = settings.calendar.timeZone;
  return {
    buckets: buckets.map((bucket, index) => ({
      ...satisfactionResultOf(cells.get(index), {
        ...settings,
        period: echoPeriod({ start: bucket.start, end: bucket.end }, zone),
      }),
      label: bucket.label,
    })),
    total: satisfactionResultOf(cells.total(), settings),
  };
}
