import type { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../model/types.js";
import type { Period } from "../period/types.js";
import { generateActivities } from "./activities.js";
import { createContext, type SampleDatasetOptions } from "./context.js";
import { generateDeals } from "./deals.js";
import { generateOrders } from "./orders.js";
import { generateActivityTargets, generateRevenueTargets } from "./targets.js";
import { monthStartMs } from "./time.js";
import { LOSS_REASONS, SPIKE_COMPETITOR, STAGES } from "./vocabulary.js";
import { generateDealHistory, type SampleDealHistory } from "./dealHistory.js";
import { generateSalesFlowSample, type SalesFlowSample } from "./salesFlow.js";
import { generateServiceRecords, type ServiceRecords } from "./serviceRecords.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { Expense } from "../model/expenseSchema.js";
import { generateSampleExpenses } from "./expenses.js";

export { SAMPLE_DEFAULT_SEED, type SampleDatasetOptions } from "./context.js";

/**
 * The families of loss reasons the lost-deals indicator breaks losses down by (the article's
 * market, offer and internal management, plus `other`).
 *
 * @example
 * ```ts
 * generateSampleDataset().lossReasonCategories.get("new-competitor"); //=> "market"
 * ```
 * @category Sample
 */
export type SampleLossReasonCategory = "market" | "offer" | "internal" | "other";

/**
 * The records of a dataset: what {@link toRawRows} writes as raw rows. A {@link SampleDataset} is
 * one; so is any object with these six arrays.
 *
 * @example
 * ```ts
 * const { sellers, orders, revenueTargets, deals, activities, activityTargets }: SampleRecords = generateSampleDataset();
 * ```
 * @category Sample
 */
export interface SampleRecords {
  /** The sellers, each in a team. */
  readonly sellers: readonly Seller[];
  /** Orders and credit notes, in date order. */
  readonly orders: readonly Order[];
  /** Seller (annual), team (quarterly) and company (annual) revenue targets. */
  readonly revenueTargets: readonly RevenueTarget[];
  /** Deals, in creation order. */
  readonly deals: readonly Deal[];
  /** Activities, in date order. */
  readonly activities: readonly Activity[];
  /** Activity targets per seller and type. */
  readonly activityTargets: readonly ActivityTarget[];
}

/**
 * What the sample's story plants in the data, so a demo knows where to look.
 *
 * @example
 * ```ts
 * generateSampleDataset().highlights;
 * //=> { underperformer: { sellerId: "s-03", from: 2026-03-01T00:00:00.000Z },
 * //     lostDealSpike: { sellerId: "s-06", competitor: "Kelvio",
 * //                      period: { start: 2026-04-01T00:00:00.000Z, end: 2026-05-01T00:00:00.000Z }, count: 12 } }
 * ```
 * @category Sample
 */
export interface SampleHighlights {
  /**
   * A seller whose orders fall (about 55 % fewer, 20 % smaller) and whose deals are won about half
   * as often from `from` on, while she keeps working as hard (activities unchanged).
   */
  readonly underperformer: {
    /** The seller. */
    readonly sellerId: string;
    /** First instant of the drop (1 March of the second year, with the defaults). */
    readonly from: Date;
  };
  /** A seller who loses a burst of `count` deals to `competitor` in one month (`period`). */
  readonly lostDealSpike: {
    /** The seller. */
    readonly sellerId: string;
    /** The new competitor named on the burst's deals. */
    readonly competitor: string;
    /** The month the burst closes in. */
    readonly period: Period;
    /** How many extra lost deals (2 % of the deals, at least 8; none below 20 deals). */
    readonly count: number;
  };
}

/**
 * The extended catalogue's records of a dataset (spec section 7): each generated from the
 * headline records on a random stream of its own, so they never change the headline records.
 * @category Sample
 */
export interface SampleExtendedRecords extends SampleDealHistory, SalesFlowSample, ServiceRecords {
  /** Commercial expenses per seller and month (representation, travel, commercial, other). */
  readonly expenses: readonly Expense[];
}

/**
 * A generated sample dataset: records, the maps the indicators need, and where to look. Note that
 * `JSON.stringify` writes the two `Map`s as `{}`; spread them (`[...map]`) to serialise them.
 *
 * @example
 * ```ts
 * const data: SampleDataset = generateSampleDataset({ seed: 1 });
 * data.range; //=> { start: 2025-01-01T00:00:00.000Z, end: 2027-01-01T00:00:00.000Z }
 * ```
 * @category Sample
 */
export interface SampleDataset extends SampleRecords, SampleExtendedRecords {
  /** Stage -> win probability, in pipeline order (prospecting 0.1 ... commitment 0.9). */
  readonly stageProbabilities: Map<string, Decimal>;
  /**
   * Loss reason -> category. `project-cancelled` is deliberately left out, to show that an
   * unmapped reason lands in `other`.
   */
  readonly lossReasonCategories: Map<string, SampleLossReasonCategory>;
  /** Every amount is in euros. */
  readonly currency: "EUR";
  /** The range the data covers, `[start, start + years)`. */
  readonly range: Period;
  /**
   * A demo "now" inside the last year, after the planted drop and spike: the 15th of its sixth
   * month (its tenth when `years` is 1); 2026-06-15T00:00:00Z with the defaults, i.e.
   * {@link SAMPLE_AS_OF}.
   */
  readonly asOf: Date;
  /** The planted story: who underperforms, who loses a burst of deals, and when. */
  readonly highlights: SampleHighlights;
}

/**
 * The demo's "now" with the default options: 2026-06-15T00:00:00Z, inside the second year, after
 * the underperformer's drop (March 2026) and the lost-deal spike (April 2026). Every dataset also
 * carries its own `asOf` (the same instant with the default `start` and `years`). Do not mutate it.
 *
 * @example
 * ```ts
 * SAMPLE_AS_OF.toISOString(); //=> "2026-06-15T00:00:00.000Z"
 * ```
 * @category Sample
 */
export const SAMPLE_AS_OF: Date = new Date(Date.UTC(2026, 5, 15));

/**
 * Generates a seeded, realistic B2B sales dataset in euros, so the library can be tried without
 * downloading anything (French: jeu de données d'exemple). The same options give the same data
 * on every machine and in every time zone: a seeded generator of its own (mulberry32), dates built
 * from UTC epoch milliseconds, no clock, no `Math.random`.
 *
 * What it holds, with the defaults (seed 42, start 2025-01-01, 2 years, 8 sellers):
 * - 8 sellers in 3 teams (`north`, `south`, `key-accounts`; key accounts sell fewer, larger orders);
 * - 4,000 orders (2,000 a year) on business days (weekends and fixed French holidays excepted)
 *   between 07:00 and 17:00 UTC, seasonal (August dip, December peak, 7 % growth a year), for
 *   customers that each belong to one seller and come back (new customers keep appearing); about
 *   3 % are credit notes: the negative of all or part of a recent order, same customer and seller.
 *   Amounts are exact 2-decimal `Decimal`s; some orders carry a margin, a discount with its gross
 *   amount, hours sold;
 * - revenue targets, rounded to 1,000 EUR: annual per seller (the previous year's revenue plus
 *   8-14 %; the first year its own revenue plus 0-10 %), quarterly per team (set at team level,
 *   they do not roll up), annual for the company (10,000 EUR steps);
 * - 600 deals (300 a year) in every stage of `stageProbabilities`, with open / won / lost
 *   consistent with their dates: won and lost deals have `closedAt >= createdAt`, open deals none.
 *   Some carry an explicit probability (0 included), some no expected close date (a UTC midnight
 *   otherwise), some no customer; lost deals have a loss reason and often a competitor;
 * - 6,000 activities (3,000 a year) of every type (call, email, meeting, demo, quote,
 *   qualified-lead, visit), done / planned / cancelled, some with a customer, a deal (one of the
 *   seller's, open at the time), a duration, a cancellation cause (`customer`, `service`...);
 * - activity targets per seller and type: monthly for calls and visits, quarterly for meetings,
 *   demos, quotes and qualified leads, none for emails (counted, without a rate);
 * - a story ({@link SampleHighlights}): seller `s-03` sells far less from March of the second year
 *   while working as hard (a revenue drop, "high effort, low result"); seller `s-06` loses a burst
 *   of deals to a new competitor, Kelvio, in April of the second year (a lost-deal spike). Both
 *   happen before {@link SAMPLE_AS_OF}.
 *
 * Each part draws from its own random stream, so changing the number of deals leaves the orders
 * alone. It scales linearly: a million orders, 300,000 deals and 3 million activities take a few
 * seconds and about 1.5 GB of heap (typed arrays, one numeric sort per month, no date library per
 * record, one object shape per record type: absent optional fields are `undefined` properties).
 *
 * Interpretation: "now" for the data is the end of the range: deals still open are those whose
 * real close falls after it, and activities of the last 30 days are mostly planned. A demo reads
 * the data at `asOf`, where the spec's own rules (openness from dates, records before `asOf`) apply.
 *
 * @param options - seed (a safe integer), start (the first instant of a UTC month), years (1-10),
 *   sellers (1-10,000), orders, deals, activities ({@link SampleDatasetOptions}); all optional
 * @returns the dataset ({@link SampleDataset})
 * @throws `InvalidArgumentError` (from `crm-kpi`) when an option is unknown, of the wrong type or out of range
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * data.sellers.length;                                 //=> 8
 * data.orders.length;                                  //=> 4000
 * data.deals.length;                                   //=> 600
 * data.activities.length;                              //=> 6000
 * data.range.end.toISOString();                        //=> "2027-01-01T00:00:00.000Z"
 * data.asOf.toISOString();                             //=> "2026-06-15T00:00:00.000Z"
 * data.stageProbabilities.get("proposal")?.toFixed();  //=> "0.5"
 * data.orders[0]?.amount.toFixed(2);                   //=> "2810.00"
 * // Sizes are options (the benchmark asks for millions of records; this runs in the doctests, so it stays small):
 * generateSampleDataset({ seed: 7, orders: 20_000, deals: 3_000, activities: 30_000 }).orders.length;
 * //=> 20000
 * ```
 * @category Sample
 */
export function generateSampleDataset(options?: SampleDatasetOptions): SampleDataset {
  const ctx = createContext(options);
  const { orders, centsBySellerYear } = generateOrders(ctx);
  const revenueTargets = generateRevenueTargets(ctx, centsBySellerYear);
  const dealsPart = generateDeals(ctx);
  const activities = generateActivities(ctx, dealsPart);
  const activityTargets = generateActivityTargets(ctx);
  const stageProbabilities = new Map<string, Decimal>(STAGES.map(([stage, p]) => [stage, new Dec(p)]));
  const lossReasonCategories = new Map<string, SampleLossReasonCategory>();
  for (const [reason, , category] of LOSS_REASONS) if (category !== null) lossReasonCategories.set(reason, category);
  const range = { start: new Date(ctx.startMs), end: new Date(ctx.endMs) };
  const extended = extendedRecords(options?.extended, {
    seed: ctx.seed,
    sellers: ctx.sellers,
    deals: dealsPart.deals,
    orders,
    range,
  });
  return {
    ...extended,
    sellers: ctx.sellers,
    orders,
    revenueTargets,
    deals: dealsPart.deals,
    activities,
    activityTargets,
    stageProbabilities,
    lossReasonCategories,
    currency: "EUR",
    range,
    asOf: new Date(Date.UTC(ctx.startYear, ctx.startMonth + ctx.asOfMonth, 15)),
    highlights: {
      underperformer: {
        sellerId: ctx.sellerIds[ctx.underperformer] as string,
        from: new Date(ctx.monthStarts[ctx.dropMonth] as number),
      },
      lostDealSpike: {
        sellerId: ctx.sellerIds[ctx.spikeSeller] as string,
        competitor: SPIKE_COMPETITOR,
        period: {
          start: new Date(ctx.monthStarts[ctx.spikeMonth] as number),
          end: new Date(monthStartMs(ctx.startYear, ctx.startMonth, ctx.spikeMonth + 1)),
        },
        count: dealsPart.spikeCount,
      },
    },
  };
}

/** The extended records of a dataset, or empty arrays when `wanted` is `false`. */
function extendedRecords(
  wanted: unknown,
  data: {
    readonly seed: number;
    readonly sellers: readonly Seller[];
    readonly deals: readonly Deal[];
    readonly orders: readonly Order[];
    readonly range: Period;
  },
): SampleExtendedRecords {
  if (wanted !== undefined && typeof wanted !== "boolean")
    throw new InvalidArgumentError(`sample option extended must be a boolean, got a ${typeof wanted}`);
  if (wanted === false)
    return {
      stageChanges: [],
      closeDateChanges: [],
      offers: [],
      prospects: [],
      requests: [],
      deliveries: [],
      complaints: [],
      penalties: [],
      surveyResponses: [],
      expenses: [],
    };
  return {
    ...generateDealHistory(data.deals, data.seed),
    ...generateSalesFlowSample(data),
    ...generateServiceRecords(data.orders, { seed: data.seed, end: data.range.end }),
    expenses: generateSampleExpenses(data, data.seed),
  };
}
