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
  ComplaintTable,
  ComplaintsPerInterventionResult,
  DeliveryLeadTimeResult,
  NewCustomerRevenueResult,
  NewVsExistingRevenueResult,
  OfferSuccessResult,
  OfferTable,
  OrdersPerOfferResult,
  PipelineAgeingResult,
  RenewalRateResult,
  SalesCycleLengthResult,
  VisitedCustomersResult,
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
  DealCloseDateChangeTable,
  DealStageChangeTable,
  ExpenseTable,
  RequestTable,
  RevenueTarget,
} from "../../src/index.js";
import type { SampleDataset } from "../../src/sample.js";
import { canonical, type Figures } from "./compare.js";
import { extendedMoreFiguresOf, runExtendedMore, type ExtendedMoreResults } from "./crmkpiExtendedMore.js";
import { crmKpi } from "./library.js";
import { isMore, type ExtendedId, type ExtendedWorkload, type MoreId } from "./workloadExtended.js";

const {
  activityTable,
  averageDealSize,
  complaintTable,
  complaintsPerIntervention,
  deliveryLeadTime,
  newCustomerRevenue,
  newVsExistingRevenue,
  offerSuccess,
  offerTable,
  ordersPerOffer,
  pipelineAgeing,
  renewalRate,
  salesCycleLength,
  visitedCustomers,
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
  dealCloseDateChangeTable,
  dealStageChangeTable,
  expenseTable,
  requestTable,
} = crmKpi;

/** The records the extended indicators read (a generated dataset is one). */
export type ExtendedRecords = Pick<
  SampleDataset,
  | "orders"
  | "deals"
  | "activities"
  | "deliveries"
  | "penalties"
  | "surveyResponses"
  | "complaints"
  | "offers"
  | "requests"
  | "expenses"
  | "stageChanges"
  | "closeDateChanges"
  | "revenueTargets"
>;

/** Their columnar tables, built once (as DuckDB loads its tables once). */
export interface ExtendedTables {
  readonly orders: OrderTable;
  readonly deals: DealTable;
  readonly activities: ActivityTable;
  readonly deliveries: DeliveryTable;
  readonly penalties: PenaltyTable;
  readonly surveys: SurveyResponseTable;
  readonly complaints: ComplaintTable;
  readonly offers: OfferTable;
  readonly requests: RequestTable;
  readonly expenses: ExpenseTable;
  readonly stageChanges: DealStageChangeTable;
  readonly closeDateChanges: DealCloseDateChangeTable;
  /** The revenue targets (the indicators take them as records). */
  readonly targets: readonly RevenueTarget[];
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
    complaints: complaintTable(records.complaints),
    offers: offerTable(records.offers),
    requests: requestTable(records.requests),
    expenses: expenseTable(records.expenses),
    stageChanges: dealStageChangeTable(records.stageChanges),
    closeDateChanges: dealCloseDateChangeTable(records.closeDateChanges),
    targets: records.revenueTargets,
  };
}

/** What each indicator returns. */
export interface ExtendedResults extends ExtendedMoreResults {
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
  "visited-customers": VisitedCustomersResult;
  "complaints-per-intervention": ComplaintsPerInterventionResult;
  "delivery-lead-time": DeliveryLeadTimeResult;
  "orders-per-offer": OrdersPerOfferResult;
  "offer-success": OfferSuccessResult;
  "new-customer-revenue": NewCustomerRevenueResult;
  "new-vs-existing-revenue": NewVsExistingRevenueResult;
  "customer-renewal-rate": RenewalRateResult;
  "sales-cycle-length": SalesCycleLengthResult;
  "pipeline-ageing": PipelineAgeingResult;
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
  if (isMore(id)) return runExtendedMore(id, t, w);
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
    case "visited-customers":
      return visitedCustomers(t.activities, { range: w.period, grain: "week" });
    case "complaints-per-intervention":
      return complaintsPerIntervention(t.complaints, t.activities, period);
    case "delivery-lead-time":
      return deliveryLeadTime(t.deliveries, t.orders, period);
    case "orders-per-offer":
      return ordersPerOffer({ orders: t.orders, offers: t.offers }, period);
    case "offer-success":
      return offerSuccess({ offers: t.offers }, period);
    case "new-customer-revenue":
      return newCustomerRevenue(t.orders, { period: w.year });
    case "new-vs-existing-revenue":
      return newVsExistingRevenue(t.orders, { period: w.year });
    case "customer-renewal-rate":
      return renewalRate(t.orders, { period: w.year });
    case "sales-cycle-length":
      return salesCycleLength(t.deals, period);
    case "pipeline-ageing":
      return pipelineAgeing(t.deals, { asOf: w.asOf });
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

function segment(
  figures: Figures,
  key: string,
  s: { readonly customerCount: number; readonly orderCount: number; readonly revenue: { toFixed(): string } },
): void {
  put(figures, `${key}Customers`, s.customerCount);
  put(figures, `${key}Orders`, s.orderCount);
  put(figures, `${key}Revenue`, s.revenue);
}

/**
 * The figures of a result that DuckDB also computes, keyed as `duckdbExtended.ts` keys them
 * (`field|bucket label` or `field|total`). A `null` figure (an empty bucket's mean) is left out:
 * DuckDB gives none for it either, and a missing key reads as 0 on both sides.
 */
export function extendedFiguresOf<I extends ExtendedId>(id: I, result: ExtendedResults[I]): Figures {
  if (isMore(id)) return extendedMoreFiguresOf(id, result as ExtendedMoreResults[MoreId]);
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
    case "visited-customers": {
      const r = result as ExtendedResults["visited-customers"];
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `customers|${b.label}`, b.customers);
        put(f, `visits|${b.label}`, b.visits);
        put(f, `withoutCustomer|${b.label}`, b.visitsWithoutCustomer);
      }
      return f;
    }
    case "complaints-per-intervention": {
      const r = result as ExtendedResults["complaints-per-intervention"];
      put(f, "complaints", r.complaints);
      put(f, "interventions", r.interventions);
      put(f, "rate", r.rate.value);
      return f;
    }
    case "delivery-lead-time": {
      const r = result as ExtendedResults["delivery-lead-time"];
      put(f, "delivered", r.delivered);
      stats(f, "leadTime", r.leadTime);
      put(f, "open", r.open.count);
      stats(f, "openAge", r.open.age);
      put(f, "orderMissing", r.orderMissing);
      put(f, "deliveredBeforeOrder", r.deliveredBeforeOrder);
      return f;
    }
    case "orders-per-offer": {
      const r = result as ExtendedResults["orders-per-offer"];
      put(f, "orders", r.orders);
      put(f, "orderAmount", r.orderAmount);
      put(f, "offers", r.offers);
      put(f, "offerAmount", r.offerAmount);
      put(f, "byCount", r.ratioByCount.value);
      put(f, "byValue", r.ratioByValue.value);
      return f;
    }
    case "offer-success": {
      const o = (result as ExtendedResults["offer-success"]).offers;
      put(f, "issued", o.issued);
      put(f, "issuedAmount", o.issuedAmount);
      put(f, "accepted", o.accepted);
      put(f, "acceptedAmount", o.acceptedAmount);
      put(f, "notAccepted", o.notAccepted);
      put(f, "pending", o.pending);
      put(f, "byCount", o.rateByCount.value);
      put(f, "byValue", o.rateByValue.value);
      return f;
    }
    case "new-customer-revenue": {
      const r = result as ExtendedResults["new-customer-revenue"];
      segment(f, "new", r.newCustomers);
      put(f, "meanPerNew", r.meanRevenuePerNewCustomer.value);
      return f;
    }
    case "new-vs-existing-revenue": {
      const r = result as ExtendedResults["new-vs-existing-revenue"];
      segment(f, "new", r.newCustomers);
      segment(f, "existing", r.existingCustomers);
      put(f, "realized", r.realized);
      put(f, "newShare", r.newShare.value);
      put(f, "existingShare", r.existingShare.value);
      return f;
    }
    case "customer-renewal-rate": {
      const r = result as ExtendedResults["customer-renewal-rate"];
      put(f, "previous", r.previousCustomers);
      put(f, "renewed", r.renewedCustomers);
      put(f, "lost", r.lostCustomers);
      put(f, "current", r.currentCustomers);
      put(f, "rate", r.rate.value);
      return f;
    }
    case "sales-cycle-length": {
      const r = result as ExtendedResults["sales-cycle-length"];
      put(f, "count", r.count);
      put(f, "mean", r.mean.value);
      put(f, "median", r.median.value);
      return f;
    }
    case "pipeline-ageing": {
      const r = result as ExtendedResults["pipeline-ageing"];
      put(f, "count|total", r.totals.dealCount);
      put(f, "amount|total", r.totals.amount);
      for (const b of r.bands) {
        put(f, `count|${b.minDays}`, b.dealCount);
        put(f, `amount|${b.minDays}`, b.amount);
      }
      return f;
    }
  }
  throw new Error(`unknown extended indicator ${String(id)}`);
}
