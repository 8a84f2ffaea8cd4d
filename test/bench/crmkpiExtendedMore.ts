/**
 * The crm-kpi side of the extended benchmark's second half (the request, expense and deal-history
 * indicators: see `workloadExtended.ts`'s `MORE`): each through the package's PUBLIC function on
 * the tables built once (`crmkpiExtended.ts`), and the figures of each result keyed as
 * `duckdbExtendedMore.ts` keys DuckDB's. Not part of the test suite; see `extended.ts`.
 *
 * Only `runExtendedMore` is timed; `extendedMoreFiguresOf` runs outside the timed region.
 *
 * @module
 */
import type {
  AttainmentDistributionResult,
  FirstResponseTimeResult,
  ForecastAccuracyResult,
  MarginToExpensesResult,
  NegotiationsResult,
  PipelineCoverageResult,
  RepresentationExpenseResult,
  RequestsOnTimeResult,
  SalesVelocityResult,
  SlippedDealsResult,
  StageConversionResult,
  TenderResponseTimeResult,
} from "../../src/index.js";
import { canonical, type Figures } from "./compare.js";
import type { ExtendedTables } from "./crmkpiExtended.js";
import { crmKpi } from "./library.js";
import type { ExtendedWorkload, MoreId } from "./workloadExtended.js";

const {
  attainmentDistribution,
  firstResponseTime,
  forecastAccuracy,
  marginToCommercialExpenses,
  negotiations,
  pipelineCoverage,
  representationExpenseRatio,
  requestsOnTime,
  salesVelocity,
  slippedDeals,
  stageConversion,
  tenderResponseTime,
} = crmKpi;

/** What each indicator of the second half returns. */
export interface ExtendedMoreResults {
  negotiations: NegotiationsResult;
  "representation-expense-ratio": RepresentationExpenseResult;
  "margin-to-commercial-expenses": MarginToExpensesResult;
  "tender-response-time": TenderResponseTimeResult;
  "first-response-time": FirstResponseTimeResult;
  "requests-on-time": RequestsOnTimeResult;
  "sales-velocity": SalesVelocityResult;
  "pipeline-coverage": PipelineCoverageResult;
  "stage-conversion": StageConversionResult;
  "slipped-deals": SlippedDealsResult;
  "forecast-accuracy": ForecastAccuracyResult;
  "attainment-distribution": AttainmentDistributionResult;
}

/**
 * Runs one indicator of the second half on the tables (the timed call).
 *
 * @param id - which indicator
 * @param t - the tables
 * @param w - the periods
 * @returns its result
 */
export function runExtendedMore(id: MoreId, t: ExtendedTables, w: ExtendedWorkload): ExtendedMoreResults[MoreId] {
  const period = { period: w.period };
  const range = { range: w.period, grain: "month" } as const;
  switch (id) {
    case "negotiations":
      return negotiations({ offers: t.offers, deals: t.deals, requests: t.requests }, period);
    case "representation-expense-ratio":
      return representationExpenseRatio(t.orders, t.expenses, range);
    case "margin-to-commercial-expenses":
      return marginToCommercialExpenses(t.orders, t.expenses, range);
    case "tender-response-time":
      return tenderResponseTime(t.requests, period);
    case "first-response-time":
      return firstResponseTime(t.requests, period);
    case "requests-on-time":
      return requestsOnTime(t.requests, period);
    case "sales-velocity":
      return salesVelocity(t.deals, period);
    case "pipeline-coverage":
      return pipelineCoverage(t.deals, {
        asOf: w.asOf,
        stageProbabilities: w.stageProbabilities,
        forecast: { period: w.year, orders: t.orders, targets: t.targets },
      });
    case "stage-conversion":
      return stageConversion(t.deals, { stages: w.stages, stageChanges: t.stageChanges, period: w.period });
    case "slipped-deals":
      return slippedDeals(t.deals, { period: w.period, closeDateChanges: t.closeDateChanges });
    case "forecast-accuracy":
      return forecastAccuracy(t.deals, {
        period: w.year,
        forecastAsOf: w.asOf,
        stageProbabilities: w.stageProbabilities,
        orders: t.orders,
      });
    case "attainment-distribution":
      return attainmentDistribution(t.orders, { period: w.year, targets: t.targets });
  }
}

function put(figures: Figures, key: string, value: { toFixed(): string } | number | null): void {
  if (value === null) return; // a null figure is absent: DuckDB returns no row or a NULL for it
  if (figures.has(key)) throw new Error(`figure ${key} computed twice`);
  figures.set(key, canonical(value));
}

function stats(
  figures: Figures,
  key: string,
  s: {
    readonly count: number;
    readonly mean: { readonly value: { toFixed(): string } | null };
    readonly median: { readonly value: { toFixed(): string } | null };
  },
): void {
  put(figures, `${key}Count`, s.count);
  put(figures, `${key}Mean`, s.mean.value);
  put(figures, `${key}Median`, s.median.value);
}

/**
 * The figures of a result that DuckDB also computes, keyed as `duckdbExtendedMore.ts` keys them.
 * A `null` figure is left out: DuckDB gives none for it either.
 */
export function extendedMoreFiguresOf(id: MoreId, result: ExtendedMoreResults[MoreId]): Figures {
  const f: Figures = new Map();
  switch (id) {
    case "negotiations": {
      const r = result as NegotiationsResult;
      put(f, "offersIssued", r.offersIssued);
      put(f, "dealsCreated", r.dealsCreated);
      put(f, "proposalRate", r.proposalRate.value);
      put(f, "received", r.received);
      put(f, "processed", r.processed);
      put(f, "processingRate", r.processingRate.value);
      return f;
    }
    case "representation-expense-ratio": {
      const r = result as RepresentationExpenseResult;
      for (const b of [...r.buckets, { ...r.totals, label: "total", change: { value: null } }]) {
        put(f, `expenses|${b.label}`, b.expenses);
        put(f, `revenue|${b.label}`, b.revenue);
        put(f, `ratio|${b.label}`, b.ratio.value);
        put(f, `change|${b.label}`, b.change.value);
      }
      return f;
    }
    case "margin-to-commercial-expenses": {
      const r = result as MarginToExpensesResult;
      for (const b of [...r.buckets, { ...r.totals, label: "total" }]) {
        put(f, `expenses|${b.label}`, b.expenses);
        put(f, `margin|${b.label}`, b.margin);
        put(f, `withMargin|${b.label}`, b.ordersWithMargin);
        put(f, `withoutMargin|${b.label}`, b.ordersWithoutMargin);
        put(f, `ratio|${b.label}`, b.ratio.value);
      }
      return f;
    }
    case "tender-response-time":
    case "first-response-time": {
      const r = result as TenderResponseTimeResult | FirstResponseTimeResult;
      put(f, "received", r.received);
      stats(f, "responded", r.responded);
      stats(f, "open", r.open);
      put(f, "closedWithoutResponse", r.closedWithoutResponse);
      return f;
    }
    case "requests-on-time": {
      const r = result as RequestsOnTimeResult;
      put(f, "received", r.received);
      put(f, "withoutDeadline", r.withoutDeadline);
      put(f, "onTime", r.onTime);
      put(f, "late", r.late);
      put(f, "openOverdue", r.openOverdue);
      put(f, "openNotDue", r.openNotDue);
      put(f, "closedWithoutAnswer", r.closedWithoutAnswer);
      put(f, "share", r.share.value);
      return f;
    }
    case "sales-velocity": {
      const r = result as SalesVelocityResult;
      put(f, "openDeals", r.openDeals);
      put(f, "winRate", r.winRate.value);
      put(f, "averageDealSize", r.averageDealSize.value);
      put(f, "cycleCount", r.cycleCount);
      put(f, "cycleLengthDays", r.cycleLengthDays.value);
      put(f, "velocityPerDay", r.velocityPerDay.value);
      return f;
    }
    case "pipeline-coverage": {
      const r = result as PipelineCoverageResult;
      put(f, "realized", r.realized);
      put(f, "target", r.target);
      put(f, "remainingTarget", r.remainingTarget);
      put(f, "dealCountInWindow", r.dealCountInWindow);
      put(f, "unweightedInWindow", r.unweightedInWindow);
      put(f, "coverage", r.coverage.value);
      return f;
    }
    case "stage-conversion": {
      const r = result as StageConversionResult;
      if (!r.history) throw new Error("stage-conversion: the stage history was not read");
      put(f, "dealCount", r.dealCount);
      for (const x of r.reached) put(f, `reached|${x.stage}`, x.dealCount);
      for (const step of r.steps) put(f, `step|${step.to}`, step.conversion.value);
      put(f, "overall", r.overall.value);
      return f;
    }
    case "slipped-deals": {
      const r = result as SlippedDealsResult;
      if (r.reading !== "close-date-history") throw new Error(`slipped-deals: read ${r.reading}, not the history`);
      put(f, "dealCount", r.dealCount);
      put(f, "amount", r.amount);
      put(f, "daysMoved", r.daysMoved);
      put(f, "meanDays", r.meanDays.value);
      return f;
    }
    case "forecast-accuracy": {
      const r = result as ForecastAccuracyResult;
      put(f, "forecast", r.forecast);
      put(f, "actual", r.actual);
      put(f, "accuracy", r.accuracy.value);
      return f;
    }
    case "attainment-distribution": {
      const r = result as AttainmentDistributionResult;
      put(f, "sellers", r.sellerCount);
      put(f, "sellersWithTarget", r.sellersWithTarget);
      put(f, "atOrAboveTarget", r.atOrAboveTarget.value);
      for (const s of r.sellers) put(f, `attainment|${s.sellerId}`, s.attainment);
      for (const b of r.bands) put(f, `band|${b.band}`, b.count);
      return f;
    }
  }
}
