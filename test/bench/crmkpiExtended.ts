/**
 * The crm-kpi side of the extended benchmark: each extended indicator through the package's
 * PUBLIC functions (from the build `library.ts` names), on tables built once from the records, and
 * the figures of each result keyed as `duckdbExtended.ts` keys DuckDB's. Not part of the test
 * suite; see `extended.ts`.
 *
 * Only `runExtended` is timed; `extendedFiguresOf` runs outside the timed region.
 *
 * @module
 */
import type {
  ActivityTable,
  AverageDealSizeResult,
  CustomerSatisfactionResult,
  DealTable,
  DeliveryLatenessResult,
  DeliveryTable,
  DiscountsResult,
  HoursSoldResult,
  NonConformingDeliveriesResult,
  OrderTable,
  PenaltyAmountResult,
  PenaltyTable,
  ServiceCancellationsResult,
  SurveyResponseTable,
  VisitDurationResult,
  WinRateResult,
} from "../../src/index.js";
import type { SampleDataset } from "../../src/sample.js";
import { canonical, type Figures } from "./compare.js";
import { crmKpi } from "./library.js";
import type { ExtendedId, ExtendedWorkload } from "./workloadExtended.js";

const {
  activityTable,
  averageDealSize,
  customerSatisfaction,
  dealTable,
  deliveryLateness,
  deliveryTable,
  discounts,
  hoursSold,
  nonConformingDeliveries,
  orderTable,
  penaltyAmount,
  penaltyTable,
  serviceCancellations,
  surveyResponseTable,
  visitDuration,
  winRate,
} = crmKpi;

/** The records the extended indicators read (a generated dataset is one). */
export type ExtendedRecords = Pick<
  SampleDataset,
  "orders" | "deals" | "activities" | "deliveries" | "penalties" | "surveyResponses"
>;

/** Their columnar tables, built once (as DuckDB loads its tables once). */
export interface ExtendedTables {
  readonly orders: OrderTable;
  readonly deals: DealTable;
  readonly activities: ActivityTable;
  readonly deliveries: DeliveryTable;
  readonly penalties: PenaltyTable;
  readonly surveys: SurveyResponseTable;
}

/** Builds the tables of the records. */
export function extendedTablesOf(records: ExtendedRecords): ExtendedTables {
  return {
    orders: orderTable(records.orders),
    deals: dealTable(records.deals),
    activities: activityTable(records.activities),
    deliveries: deliveryTable(records.deliveries),
    penalties: penaltyTable(records.penalties),
    surveys: surveyResponseTable(records.surveyResponses),
  };
}

/** What each indicator returns. */
export interface ExtendedResults {
  "visit-duration": VisitDurationResult;
  "service-cancellations": ServiceCancellationsResult;
  "hours-sold": HoursSoldResult;
  "customer-satisfaction": CustomerSatisfactionResult;
  "delivery-lateness": DeliveryLatenessResult;
  discounts: DiscountsResult;
  "penalty-amount": PenaltyAmountResult;
  "non-conforming-deliveries": NonConformingDeliveriesResult;
  "win-rate": WinRateResult;
  "average-deal-size": AverageDealSizeResult;
}

/**
 * Runs one extended indicator on the tables (the timed call).
 *
 * @param id - which indicator
 * @param t - the tables
 * @param w - the period
 * @returns its result
 */
export function runExtended<I extends ExtendedId>(id: I, t: ExtendedTables, w: ExtendedWorkload): ExtendedResults[I];
export function runExtended(id: ExtendedId, t: ExtendedTables, w: ExtendedWorkload): ExtendedResults[ExtendedId] {
  const range = { range: w.period, grain: "month" } as const;
  const period = { period: w.period };
  switch (id) {
    case "visit-duration":
      return visitDuration(t.activities, range);
    case "service-cancellations":
      return serviceCancellations(t.activities, range);
    case "hours-sold":
      return hoursSold(t.orders, range);
    case "customer-satisfaction":
      return customerSatisfaction(t.surveys, period);
    case "delivery-lateness":
      return deliveryLateness(t.deliveries, period);
    case "discounts":
      return discounts(t.orders, range);
    case "penalty-amount":
      return penaltyAmount(t.penalties, period);
    case "non-conforming-deliveries":
      return nonConformingDeliveries(t.deliveries, period);
    case "win-rate":
      return winRate(t.deals, period);
    case "average-deal-size":
      return averageDealSize(t.deals, period);
  }
}

function put(figures: Figures, key: string, value: { toFixed(): string } | number | null): void {
  if (value === null) return; // a null figure is absent: DuckDB returns no row or a NULL for it
  if (figures.has(key)) throw new Error(`figure ${key} computed twice`);
  figures.set(key, canonical(value));
}

interface Stats {
  readonly count: number;
  readonly mean: { toFixed(): string } | null;
  readonly median: { toFixed(): string } | null;
}

function stats(figures: Figures, key: string, s: Stats): void {
  put(figures, `${key}Count`, s.count);
  put(figures, `${key}Mean`, s.mean);
  put(figures, `${key}Median`, s.median);
}

/**
 * The figures of a result that DuckDB also computes, keyed as `duckdbExtended.ts` keys them
 * (`field|bucket label` or `field|total`). A `null` figure (an empty bucket's mean) is left out:
 * DuckDB gives none for it either, and a missing key reads as 0 on both sides.
 */
export function extendedFiguresOf<I extends ExtendedId>(id: I, result: ExtendedResults[I]): Figures {
  const f: Figures = new Map();
  switch (id) {
    case "visit-duration": {
      const r = result as ExtendedResults["visit-duration"];
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `visits|${b.label}`, b.visits);
        put(f, `withDuration|${b.label}`, b.withDuration);
        put(f, `total|${b.label}`, b.total);
        put(f, `mean|${b.label}`, b.mean.value);
        put(f, `median|${b.label}`, b.median.value);
      }
      return f;
    }
    case "service-cancellations": {
      const r = result as ExtendedResults["service-cancellations"];
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `scheduled|${b.label}`, b.scheduled);
        put(f, `cancelled|${b.label}`, b.cancelled);
        put(f, `service|${b.label}`, b.cancelledForService);
        put(f, `customer|${b.label}`, b.cancelledByCustomer);
        put(f, `other|${b.label}`, b.cancelledOther);
        put(f, `none|${b.label}`, b.cancelledWithoutCause);
        put(f, `share|${b.label}`, b.serviceShare.value);
      }
      return f;
    }
    case "hours-sold": {
      const r = result as ExtendedResults["hours-sold"];
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `hours|${b.label}`, b.hours);
        put(f, `orders|${b.label}`, b.orders);
        put(f, `withHours|${b.label}`, b.ordersWithHours);
        put(f, `withoutHours|${b.label}`, b.ordersWithoutHours);
      }
      return f;
    }
    case "customer-satisfaction": {
      const r = result as ExtendedResults["customer-satisfaction"];
      put(f, "responses", r.responses);
      put(f, "index", r.index.value);
      put(f, "nps", r.nps.value);
      put(f, "npsResponses", r.nps.responses);
      put(f, "promoters", r.nps.promoters);
      put(f, "detractors", r.nps.detractors);
      put(f, "passives", r.nps.passives);
      return f;
    }
    case "delivery-lateness": {
      const r = result as ExtendedResults["delivery-lateness"];
      put(f, "delivered", r.delivered);
      stats(f, "lateness", r.lateness);
      put(f, "lateShare", r.lateShare.value);
      put(f, "overdue", r.overdue.count);
      stats(f, "overdueAge", r.overdue.age);
      return f;
    }
    case "discounts": {
      const r = result as ExtendedResults["discounts"];
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `discounts|${b.label}`, b.discounts);
        put(f, `gross|${b.label}`, b.grossAmount);
        put(f, `rate|${b.label}`, b.discountRate.value);
        put(f, `orders|${b.label}`, b.orders);
        put(f, `discounted|${b.label}`, b.discountedOrders);
        put(f, `withoutGross|${b.label}`, b.discountedWithoutGross);
      }
      return f;
    }
    case "penalty-amount": {
      const r = result as ExtendedResults["penalty-amount"];
      put(f, "amount", r.amount);
      put(f, "count", r.count);
      return f;
    }
    case "non-conforming-deliveries": {
      const r = result as ExtendedResults["non-conforming-deliveries"];
      put(f, "delivered", r.delivered);
      put(f, "nonConforming", r.nonConforming);
      put(f, "conforming", r.conforming);
      put(f, "notAssessed", r.notAssessed);
      put(f, "share", r.share.value);
      for (const x of r.byReason) put(f, `reason|${x.reason ?? "(none)"}`, x.count);
      return f;
    }
    case "win-rate": {
      const r = result as ExtendedResults["win-rate"];
      put(f, "wonCount", r.wonCount);
      put(f, "wonAmount", r.wonAmount);
      put(f, "lostCount", r.lostCount);
      put(f, "lostAmount", r.lostAmount);
      put(f, "byCount", r.byCount.value);
      put(f, "byValue", r.byValue.value);
      return f;
    }
    case "average-deal-size": {
      const r = result as ExtendedResults["average-deal-size"];
      put(f, "wonCount", r.wonCount);
      put(f, "wonAmount", r.wonAmount);
      put(f, "average", r.average.value);
      return f;
    }
  }
  throw new Error(`unknown extended indicator ${String(id)}`);
}
