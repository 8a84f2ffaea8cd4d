/**
 * The crm-kpi side of the benchmark: each headline indicator through the package's PUBLIC
 * functions (from the built package, as a user imports them: see `library.ts`), end to end from raw rows, and the figures
 * of each result in the form `compare.ts` checks against DuckDB. Not part of the test suite; see
 * `run.ts`.
 *
 * Only the indicator calls are timed (`runIndicator`, `runEndToEnd`); turning results into
 * figures (`figuresOf`) happens outside the timed region.
 *
 * @module
 */
import type {
  Activity,
  ActivityRateResult,
  ActivityRateSeriesResult,
  ActivityTable,
  ActivityTarget,
  Deal,
  DealTable,
  LostDealsFigures,
  LostDealsResult,
  Order,
  OrderTable,
  ParseResult,
  PipelineAmounts,
  PipelineResult,
  RevenuePerSellerResult,
  RevenueTarget,
  RevenueVsTargetSeriesResult,
  RowError,
  TableParseResult,
} from "../../src/index.js";
import { crmKpi } from "./library.js";
import type { SampleRawRows } from "../../src/sample.js";
import { canonical, type Figures } from "./compare.js";

const {
  activityRateSeries,
  activityTable,
  dealTable,
  lostDeals,
  orderTable,
  parseActivities,
  parseActivityTable,
  parseActivityTargets,
  parseDeals,
  parseDealTable,
  parseOrders,
  parseOrderTable,
  parseRevenueTargets,
  pipeline,
  revenuePerSeller,
  revenueVsTargetSeries,
} = crmKpi;
import type { IndicatorId, Workload } from "./workload.js";

/** The parsed records the indicators read. */
export interface Records {
  readonly orders: readonly Order[];
  readonly revenueTargets: readonly RevenueTarget[];
  readonly deals: readonly Deal[];
  readonly activities: readonly Activity[];
  readonly activityTargets: readonly ActivityTarget[];
}

/** The columnar tables of the records (built once, as DuckDB loads its tables once). */
export interface Tables {
  readonly orders: OrderTable;
  readonly deals: DealTable;
  readonly activities: ActivityTable;
}

/** Builds the tables of the records. */
export function tablesOf(records: Records): Tables {
  return {
    orders: orderTable(records.orders),
    deals: dealTable(records.deals),
    activities: activityTable(records.activities),
  };
}

/** What each indicator returns. */
export interface Results {
  "2.1": RevenueVsTargetSeriesResult;
  "2.2": RevenuePerSellerResult;
  "2.3": PipelineResult;
  "2.4": ActivityRateSeriesResult;
  "2.5": LostDealsResult;
}

/** What the indicators read: orders, deals and activities as arrays or as tables, and the targets. */
export interface Inputs {
  readonly orders: readonly Order[] | OrderTable;
  readonly revenueTargets: readonly RevenueTarget[];
  readonly deals: readonly Deal[] | DealTable;
  readonly activities: readonly Activity[] | ActivityTable;
  readonly activityTargets: readonly ActivityTarget[];
}

/** The records, with their tables in place of the arrays when `tables` is given. */
export function inputsOf(records: Records, tables: Tables | null): Inputs {
  return tables === null ? records : { ...records, ...tables };
}

/**
 * Runs one indicator (the timed call).
 *
 * @param id - which indicator
 * @param inputs - the records or their tables
 * @param w - the periods and maps
 * @returns the indicator's result
 */
export function runIndicator<I extends IndicatorId>(id: I, inputs: Inputs, w: Workload): Results[I];
export function runIndicator(id: IndicatorId, inputs: Inputs, w: Workload): Results[IndicatorId] {
  switch (id) {
    case "2.1":
      return revenueVsTargetSeries(inputs.orders, { targets: inputs.revenueTargets, range: w.year, grain: "month" });
    case "2.2":
      return revenuePerSeller(inputs.orders, { range: w.months24, grain: "month", targets: inputs.revenueTargets });
    case "2.3":
      return pipeline(inputs.deals, { asOf: w.asOf, grain: "month", stageProbabilities: w.stageProbabilities });
    case "2.4":
      return activityRateSeries(inputs.activities, {
        targets: inputs.activityTargets,
        range: w.weekRange,
        grain: "week",
      });
    case "2.5":
      return lostDeals(inputs.deals, { range: w.months24, grain: "month", reasonCategories: w.lossReasonCategories });
  }
}

function rejectNone(what: string, errors: readonly RowError[]): void {
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(`crm-kpi rejected ${errors.length} ${what} row(s); first: row ${first?.index}: ${first?.message}`);
  }
}

function recordsOf<T>(what: string, parsed: ParseResult<T>): T[] {
  rejectNone(what, parsed.errors);
  return parsed.records;
}

function tableOf<T>(what: string, parsed: TableParseResult<T>): T {
  rejectNone(what, parsed.errors);
  return parsed.table;
}

/**
 * Parses raw rows (the objects a JSON or CSV export gives: strings for money and dates) with the
 * package's parse functions, in the reporting zone UTC.
 *
 * @throws Error when a row is rejected (the sample's rows are all valid)
 */
export function parseAll(rows: SampleRawRows): Records {
  return {
    orders: recordsOf("order", parseOrders(rows.orders)),
    revenueTargets: recordsOf("revenue target", parseRevenueTargets(rows.revenueTargets)),
    deals: recordsOf("deal", parseDeals(rows.deals)),
    activities: recordsOf("activity", parseActivities(rows.activities)),
    activityTargets: recordsOf("activity target", parseActivityTargets(rows.activityTargets)),
  };
}

/**
 * Parses raw rows as a user with a large export would: orders, deals and activities straight into
 * tables (`parseOrderTable`, `parseDealTable`, `parseActivityTable`), the targets into records.
 *
 * @throws Error when a row is rejected (the sample's rows are all valid)
 */
export function parseInputs(rows: SampleRawRows): Inputs {
  return {
    orders: tableOf("order", parseOrderTable(rows.orders)),
    revenueTargets: recordsOf("revenue target", parseRevenueTargets(rows.revenueTargets)),
    deals: tableOf("deal", parseDealTable(rows.deals)),
    activities: tableOf("activity", parseActivityTable(rows.activities)),
    activityTargets: recordsOf("activity target", parseActivityTargets(rows.activityTargets)),
  };
}

/** The five headline results of one end-to-end run. */
export type EndToEndResults = Results;

/**
 * End to end (the timed call): parse every raw row (orders, deals and activities into tables),
 * then compute the five headline indicators from them.
 *
 * @param rows - raw rows
 * @param w - the periods and maps
 * @returns the five results
 */
export function runEndToEnd(rows: SampleRawRows, w: Workload): EndToEndResults {
  const inputs = parseInputs(rows);
  return {
    "2.1": runIndicator("2.1", inputs, w),
    "2.2": runIndicator("2.2", inputs, w),
    "2.3": runIndicator("2.3", inputs, w),
    "2.4": runIndicator("2.4", inputs, w),
    "2.5": runIndicator("2.5", inputs, w),
  };
}

function put(figures: Figures, key: string, value: { toFixed(): string } | number): void {
  if (figures.has(key)) throw new Error(`figure ${key} computed twice`);
  figures.set(key, canonical(value));
}

function pipelineAmounts(figures: Figures, label: string, amounts: PipelineAmounts): void {
  put(figures, `count|${label}`, amounts.dealCount);
  put(figures, `unweighted|${label}`, amounts.unweighted);
  put(figures, `weighted|${label}`, amounts.weighted);
}

function lostFigures(figures: Figures, label: string, f: LostDealsFigures): void {
  put(figures, `lostCount|${label}`, f.lostCount);
  put(figures, `lostAmount|${label}`, f.lostAmount);
  put(figures, `wonCount|${label}`, f.wonCount);
  put(figures, `wonAmount|${label}`, f.wonAmount);
  for (const r of f.byReason) {
    put(figures, `reasonCount|${label}|${r.reason ?? "(none)"}`, r.count);
    put(figures, `reasonAmount|${label}|${r.reason ?? "(none)"}`, r.amount);
  }
  for (const c of f.byCategory) {
    put(figures, `categoryCount|${label}|${c.category}`, c.count);
    put(figures, `categoryAmount|${label}|${c.category}`, c.amount);
  }
  for (const c of f.byCompetitor) {
    put(figures, `competitorCount|${label}|${c.competitor}`, c.count);
    put(figures, `competitorAmount|${label}|${c.competitor}`, c.amount);
  }
}

function activityFigures(figures: Figures, label: string, result: ActivityRateResult): void {
  put(figures, `totalDone|${label}`, result.totalDone);
  for (const seller of result.bySeller) {
    for (const t of seller.byType) put(figures, `done|${seller.sellerId}|${t.type}|${label}`, t.done);
  }
}

/**
 * The figures of a result that DuckDB also computes, keyed as `duckdb.ts` keys them.
 *
 * - 2.1: realized and prorated target per month, and over the year;
 * - 2.2: per seller and month realized, prorated target, change from the previous month, trailing
 *   mean of the 3 previous months, the drop and exceptional flags (1 when set); per seller the
 *   total;
 * - 2.3: count, unweighted and weighted sums per expected-close month, overdue, undated, totals;
 * - 2.4: done activities per seller x type, per ISO week and over the range; all done activities per
 *   week and over the range (the buckets must be the weeks of `splitRange(range, "week")`);
 * - 2.5: per closing month and over the range, lost and won counts and amounts, lost count and
 *   amount per reason, per category and per competitor.
 */
export function figuresOf<I extends IndicatorId>(id: I, result: Results[I], w: Workload): Figures {
  const figures: Figures = new Map();
  switch (id) {
    case "2.1": {
      const r = result as Results["2.1"];
      for (const b of r.buckets) {
        put(figures, `realized|${b.label}`, b.realized);
        put(figures, `target|${b.label}`, b.target);
      }
      put(figures, "realized|total", r.total.realized);
      put(figures, "target|total", r.total.target);
      return figures;
    }
    case "2.2": {
      const r = result as Results["2.2"];
      for (const s of r.sellers) {
        put(figures, `total|${s.sellerId}`, s.total);
        for (const p of s.points) {
          const key = `${s.sellerId}|${p.label}`;
          put(figures, `realized|${key}`, p.realized);
          put(figures, `target|${key}`, p.target);
          if (p.changeFromPrevious.value !== null) put(figures, `change|${key}`, p.changeFromPrevious.value);
          if (p.trailingMean.value !== null) put(figures, `trailingMean|${key}`, p.trailingMean.value);
          if (p.flags.includes("drop")) put(figures, `drop|${key}`, 1);
          if (p.flags.includes("exceptional")) put(figures, `exceptional|${key}`, 1);
        }
      }
      return figures;
    }
    case "2.3": {
      const r = result as Results["2.3"];
      for (const b of r.buckets) pipelineAmounts(figures, b.label, b);
      pipelineAmounts(figures, "overdue", r.overdue);
      pipelineAmounts(figures, "undated", r.undated);
      pipelineAmounts(figures, "total", r.totals);
      return figures;
    }
    case "2.4": {
      const r = result as Results["2.4"];
      const labels = r.buckets.map((b) => b.label).join(",");
      if (labels !== w.weeks.map((b) => b.label).join(","))
        throw new Error("2.4: the buckets are not the ISO weeks of the range");
      for (const b of r.buckets) activityFigures(figures, b.label, b);
      activityFigures(figures, "total", r.total);
      return figures;
    }
    case "2.5": {
      const r = result as Results["2.5"];
      for (const b of r.buckets) lostFigures(figures, b.label, b);
      lostFigures(figures, "total", r.totals);
      return figures;
    }
  }
  throw new Error(`unknown indicator ${String(id)}`);
}
