/**
 * What the extended part of the benchmark computes (issues 10 and 11): the dataset with the
 * extended catalogue's records, and the indicators timed against DuckDB. Not part of the test
 * suite; see `run.ts` and `extended.ts`.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Seller } from "../../src/index.js";
import { generateSampleDataset, type SampleDataset } from "../../src/sample.js";
import { generateSampleExpenses } from "../../src/sample/expenses.js";
import { generateSalesFlowSample } from "../../src/sample/salesFlow.js";
import { BENCH_SEED, sizesAt } from "./workload.js";

/**
 * Orders per seller and year in the default sample (4,000 orders, 8 sellers, 2 years): the
 * density the sample's per-seller records (prospects, requests, expenses) are drawn for.
 */
const SAMPLE_ORDERS_PER_SELLER_YEAR = 250;

/**
 * How many times each seller is listed when the per-seller records are drawn, so that prospects,
 * requests and expenses keep the default sample's proportion to orders (at scale 1: 250 times,
 * about 180k requests, 72k prospects and 460k expenses for 1M orders, where the sample's own 8
 * sellers would give 720, 288 and 1,800).
 */
export function perSellerFactor(orders: number, sellers: number, years: number): number {
  return Math.max(1, Math.round(orders / (sellers * years * SAMPLE_ORDERS_PER_SELLER_YEAR)));
}

/**
 * The seeded sample dataset at a scale, with the extended records: the headline sizes (1M orders,
 * 300k deals, 3M activities at scale 1) and what the generator derives from them (offers from the
 * deals, deliveries from the orders, then complaints, penalties and survey responses, stage and
 * close-date history from the deals).
 *
 * The generator draws prospects, requests and expenses per seller and month, not per order, so at
 * a million orders and 8 sellers they would be a few thousand. Here they are drawn again from the
 * package's own generators with each seller listed {@link perSellerFactor} times: the same sellers
 * (every record names one of the dataset's), the same per-seller profile, in proportion to the
 * orders. The generator itself and its default sample are unchanged.
 */
export function generateExtended(scale: number): SampleDataset {
  const data = generateSampleDataset({ seed: BENCH_SEED, ...sizesAt(scale), extended: true });
  const years = data.range.end.getUTCFullYear() - data.range.start.getUTCFullYear();
  const factor = perSellerFactor(data.orders.length, data.sellers.length, years);
  const sellers: Seller[] = [];
  for (let k = 0; k < factor; k++) sellers.push(...data.sellers);
  const flow = generateSalesFlowSample({ ...data, seed: BENCH_SEED, sellers });
  const expenses = generateSampleExpenses({ sellers, range: data.range }, BENCH_SEED);
  return { ...data, prospects: flow.prospects, requests: flow.requests, expenses };
}

/** The periods every extended indicator uses, the same on both sides. */
export interface ExtendedWorkload {
  /** The 24 months of the data (2025-2026): the period or range of every indicator, closed (no `asOf`). */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The last year of the data (2026): the period of the customer indicators (2025 is their history). */
  readonly year: { readonly start: Date; readonly end: Date };
  /** The instant the open deals are read at (the sample's own `asOf`, 2026-06-15T00:00:00Z). */
  readonly asOf: Date;
  /** Stage -> win probability, in pipeline order (the sample's). */
  readonly stageProbabilities: ReadonlyMap<string, Decimal>;
  /** The pipeline's stages, in order (the keys of {@link stageProbabilities}). */
  readonly stages: readonly string[];
}

/** The workload of a dataset. */
export function extendedWorkloadOf(data: SampleDataset): ExtendedWorkload {
  const end = data.range.end;
  return {
    period: { start: new Date(data.range.start.getTime()), end: new Date(end.getTime()) },
    year: { start: new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), 1)), end: new Date(end.getTime()) },
    asOf: new Date(data.asOf.getTime()),
    stageProbabilities: new Map(data.stageProbabilities),
    stages: [...data.stageProbabilities.keys()],
  };
}

/**
 * The second half of the extended lines: the request, expense and deal-history indicators
 * (issue 10's 4, 8, 9, 15, 16 and 21; issue 11's velocity, coverage, stage conversion, slipped
 * deals, forecast accuracy and attainment distribution), measured by their own modules.
 */
export const MORE = [
  "negotiations",
  "representation-expense-ratio",
  "margin-to-commercial-expenses",
  "tender-response-time",
  "first-response-time",
  "requests-on-time",
  "sales-velocity",
  "pipeline-coverage",
  "stage-conversion",
  "slipped-deals",
  "forecast-accuracy",
  "attainment-distribution",
] as const;

/** One of {@link MORE}. */
export type MoreId = (typeof MORE)[number];

/** The extended indicators measured, by catalogue id. */
export const EXTENDED = [
  "visit-duration",
  "service-cancellations",
  "hours-sold",
  "customer-satisfaction",
  "delivery-lateness",
  "discounts",
  "penalty-amount",
  "non-conforming-deliveries",
  "win-rate",
  "average-deal-size",
  "visited-customers",
  "complaints-per-intervention",
  "delivery-lead-time",
  "orders-per-offer",
  "offer-success",
  "new-customer-revenue",
  "new-vs-existing-revenue",
  "customer-renewal-rate",
  "sales-cycle-length",
  "pipeline-ageing",
  ...MORE,
] as const;

/** One of {@link EXTENDED}. */
export type ExtendedId = (typeof EXTENDED)[number];

/** Whether `id` is one of {@link MORE} (measured by `crmkpiExtendedMore.ts` and `duckdbExtendedMore.ts`). */
export function isMore(id: ExtendedId): id is MoreId {
  return (MORE as readonly string[]).includes(id);
}

/** What each row measures, for the table (article number or spec section, function, reading). */
export const EXTENDED_LABELS: Readonly<Record<ExtendedId, string>> = {
  "visit-duration": "3.2 `visitDuration`, done visits by month: count, total, mean, median hours",
  "service-cancellations":
    "3.3 `serviceCancellations`, meetings and visits by month: scheduled, cancelled by cause, share",
  "hours-sold": "3.7 `hoursSold`, by month: hours, orders with and without hours",
  "customer-satisfaction": "3.13 `customerSatisfaction`, 24 months: index 0-100, NPS and its counts",
  "delivery-lateness":
    "3.17 `deliveryLateness`, 24 months: mean and median days late, late share, overdue and their age",
  discounts: "3.18 `discounts`, by month: discounts, gross amount, rate, order counts",
  "penalty-amount": "3.19 `penaltyAmount`, 24 months: amount and count",
  "non-conforming-deliveries": "3.20 `nonConformingDeliveries`, 24 months: counts, share, by reason",
  "win-rate": "4 `winRate`, deals closed in 24 months: won and lost counts and amounts, both rates",
  "average-deal-size": "4 `averageDealSize`, deals won in 24 months: count, amount, average",
  "visited-customers":
    "3.1 `visitedCustomers`, by ISO week: distinct customers visited, visits, visits without customer",
  "complaints-per-intervention":
    "3.14 `complaintsPerIntervention`, 24 months: commercial complaints / done interventions",
  "delivery-lead-time":
    "3.22 `deliveryLeadTime`, 24 months: days from order to delivery (joined by order id), open ones' age",
  "orders-per-offer": "3.12 `ordersPerOffer`, 24 months: orders / offers issued, count and value",
  "offer-success": "3.5 `offerSuccess` (offers), 24 months: accepted / issued, count and value",
  "new-customer-revenue":
    "3.10 `newCustomerRevenue`, 2026 (first orders over all history): count, orders, revenue, mean",
  "new-vs-existing-revenue": "4 `newVsExistingRevenue`, 2026: new and existing customers, orders, revenue, shares",
  "customer-renewal-rate": "3.11 `renewalRate`, 2026 against 2025: previous, renewed, lost, current customers, rate",
  "sales-cycle-length": "4 `salesCycleLength`, deals won in 24 months: count, mean and median days",
  "pipeline-ageing": "4 `pipelineAgeing` at asOf: open deals by age band (0-30, 31-60, 61-90, over 90 days)",
  negotiations: "3.4 `negotiations`, 24 months: offers / deals created, requests processed / received",
  "representation-expense-ratio":
    "3.8 `representationExpenseRatio`, by month: representation expenses, revenue, ratio, change on the month before",
  "margin-to-commercial-expenses":
    "3.9 `marginToCommercialExpenses`, by month: margin, orders with and without one, commercial expenses, ratio",
  "tender-response-time":
    "3.15 `tenderResponseTime`, 24 months: tenders and specifications, days to respond (mean, median), open ones' age",
  "first-response-time":
    "3.16 `firstResponseTime`, 24 months: inbound requests, hours to first response (mean, median), open ones' age",
  "requests-on-time": "3.21 `requestsOnTime`, 24 months: answered by the deadline, late, overdue, share",
  "sales-velocity":
    "4 `salesVelocity`, 24 months: open deals, win rate, average won deal, mean cycle days, velocity per day",
  "pipeline-coverage":
    "4 `pipelineCoverage` at asOf, 2026: realized, company target, remaining, deals expected in the year, coverage",
  "stage-conversion": "4 `stageConversion`, deals created in 24 months: reached each stage (stage history), each step",
  "slipped-deals": "4 `slippedDeals`, 24 months (close-date history): deals pushed later, amount, days moved, mean",
  "forecast-accuracy":
    "4 `forecastAccuracy`, 2026 forecast at asOf against the year's revenue: forecast, actual, accuracy",
  "attainment-distribution":
    "4 `attainmentDistribution`, 2026: each seller's revenue / target, bands, share at or above target",
};
