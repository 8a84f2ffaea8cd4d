/**
 * What the extended part of the benchmark computes (issues 10 and 11): the dataset with the
 * extended catalogue's records, and the indicators timed against DuckDB. Not part of the test
 * suite; see `run.ts` and `extended.ts`.
 *
 * @module
 */
import { generateSampleDataset, type SampleDataset } from "../../src/sample.js";
import { BENCH_SEED, sizesAt } from "./workload.js";

/**
 * The seeded sample dataset at a scale, with the extended records: the headline sizes (1M orders,
 * 300k deals, 3M activities at scale 1) and what the generator derives from them (offers from the
 * deals, deliveries from the orders, then complaints, penalties and survey responses, stage and
 * close-date history from the deals).
 */
export function generateExtended(scale: number): SampleDataset {
  return generateSampleDataset({ seed: BENCH_SEED, ...sizesAt(scale), extended: true });
}

/** The periods every extended indicator uses, the same on both sides. */
export interface ExtendedWorkload {
  /** The 24 months of the data (2025-2026): the period or range of every indicator, closed (no `asOf`). */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The last year of the data (2026): the period of the customer indicators (2025 is their history). */
  readonly year: { readonly start: Date; readonly end: Date };
  /** The instant the open deals are read at (the sample's own `asOf`, 2026-06-15T00:00:00Z). */
  readonly asOf: Date;
}

/** The workload of a dataset. */
export function extendedWorkloadOf(data: SampleDataset): ExtendedWorkload {
  const end = data.range.end;
  return {
    period: { start: new Date(data.range.start.getTime()), end: new Date(end.getTime()) },
    year: { start: new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), 1)), end: new Date(end.getTime()) },
    asOf: new Date(data.asOf.getTime()),
  };
}

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
] as const;

/** One of {@link EXTENDED}. */
export type ExtendedId = (typeof EXTENDED)[number];

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
};
