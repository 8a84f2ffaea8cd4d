/**
 * The computation of the response-time indicators (`tenderResponseTime`, `firstResponseTime`)
 * and their grouped forms over a {@link PlanRunner}, so that the tests can run it on the table
 * executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import type { Rational } from "../../money/rational.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import {
  durationBetween,
  durationFigures,
  spanDurationFigures,
  unitLengthMs,
  type DurationMeasure,
} from "../_durations.js";
import { statsOfSpanPairs } from "../../table/kernel/spanStats.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { groupKeys, type RequestTimes } from "./_salesFlowPlans.js";
import { salesFlowSeriesOf } from "./_salesFlowSeries.js";
import { planSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  checkDurationMeasure,
  checkGroupBy,
  checkKinds,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import {
  DEFAULT_FIRST_RESPONSE_KINDS,
  DEFAULT_FIRST_RESPONSE_UNIT,
  DEFAULT_TENDER_KINDS,
  DEFAULT_TENDER_RESPONSE_UNIT,
  type ResponseTimeOptions,
  type ResponseTimeResult,
} from "./responseTimeTypes.js";
import type {
  ResponseTimeUnit,
  SalesFlowGroupedOptions,
  SalesFlowGroupedResult,
  SalesFlowSeriesOptions,
  SalesFlowSeriesResult,
} from "./salesFlowTypes.js";

// Durations only: the request plans sum no amount.
const NO_AMOUNTS = new CurrencyGuard({});

/** Which response an indicator times, and its defaults. */
export interface ResponseReading<Id extends "tender-response-time" | "first-response-time"> {
  readonly id: Id;
  /** The response instant of a request, or `null` when it has none. */
  readonly responseOf: (request: RequestTimes) => number | null;
  readonly kinds: readonly RequestKind[];
  readonly unit: ResponseTimeUnit;
}

/** The reading of indicator 15: the answer (`respondedAt`) to tenders and specifications, in days. */
export const TENDER_RESPONSE: ResponseReading<"tender-response-time"> = {
  id: "tender-response-time",
  responseOf: (request) => request.respondedAt,
  kinds: DEFAULT_TENDER_KINDS,
  unit: DEFAULT_TENDER_RESPONSE_UNIT,
};

/**
 * The reading of indicator 16: the first response to inbound requests, in hours; a request answered
 * without a separate first response was first answered by its answer (`firstResponseAt` is never
 * after `respondedAt`).
 */
export const FIRST_RESPONSE: ResponseReading<"first-response-time"> = {
  id: "first-response-time",
  responseOf: (request) => request.firstResponseAt ?? request.respondedAt,
  kinds: DEFAULT_FIRST_RESPONSE_KINDS,
  unit: DEFAULT_FIRST_RESPONSE_UNIT,
};

/** Whether a request without a response before the cut was closed before it (declined, or processed). */
function closedBefore(request: RequestTimes, cut: number): boolean {
  if (request.status === "declined") return true;
  return request.processedAt !== null && request.processedAt < cut;
}

/**
 * The figures from the cohort: answered (response before the cut), open (aged at `judgedAt`),
 * closed without a response.
 */
function compute<Id extends "tender-response-time" | "first-response-time">(
  source: SalesFlowSource,
  settings: SalesFlowSettings,
  reading: ResponseReading<Id>,
  kinds: readonly RequestKind[],
  measure: DurationMeasure,
): ResponseTimeResult<Id> {
  const cohort = source.cohort(kinds);
  const cut = settings.asOf ?? Number.POSITIVE_INFINITY;
  const responseTimes: Rational[] = [];
  const ages: Rational[] = [];
  const respondedIds: string[] = [];
  const openIds: string[] = [];
  const closedIds: string[] = [];
  // With a fixed unit length, each time stays integer ms in typed arrays (no fraction per request).
  const unitMs = unitLengthMs(measure);
  const size = unitMs === null ? 0 : cohort.size;
  const responded = { starts: new Float64Array(size), ends: new Float64Array(size), count: 0 };
  const open = { starts: new Float64Array(size), count: 0 };
  let closedCount = 0;
  cohort.forEach((request) => {
    const response = reading.responseOf(request);
    if (response !== null && response < cut) {
      if (unitMs === null) responseTimes.push(durationBetween(request.receivedAt, response, measure));
      else {
        responded.starts[responded.count] = request.receivedAt;
        responded.ends[responded.count] = response;
      }
      responded.count++;
      if (request.id !== null) respondedIds.push(request.id);
    } else if (response === null && closedBefore(request, cut)) {
      closedCount++;
      if (request.id !== null) closedIds.push(request.id);
    } else {
      if (unitMs === null) ages.push(durationBetween(request.receivedAt, settings.judgedAt, measure));
      else open.starts[open.count] = request.receivedAt;
      open.count++;
      if (request.id !== null) openIds.push(request.id);
    }
  });
  const judgedAt = new Float64Array(open.count).fill(settings.judgedAt);
  const result: ResponseTimeResult<Id> = {
    indicator: reading.id,
    unit: "duration",
    durationUnit: measure.unit,
    dayCount: measure.dayCount,
    kinds,
    ...resultHead(settings),
    received: cohort.size,
    responded:
      unitMs === null
        ? durationFigures(responseTimes, "no-responses")
        : spanDurationFigures(
            statsOfSpanPairs(responded.starts, responded.ends, responded.count),
            unitMs,
            "no-responses",
          ),
    open:
      unitMs === null
        ? durationFigures(ages, "none-open")
        : spanDurationFigures(statsOfSpanPairs(open.starts, judgedAt, open.count), unitMs, "none-open"),
    closedWithoutResponse: closedCount,
  };
  if (!settings.explain) return result;
  return { ...result, explain: { respondedIds, openIds, closedWithoutResponseIds: closedIds } };
}

/** A response-time indicator over a runner with `requests`. */
export function responseTimeOf<Id extends "tender-response-time" | "first-response-time">(
  run: PlanRunner,
  options: ResponseTimeOptions,
  reading: ResponseReading<Id>,
): ResponseTimeResult<Id> {
  const settings = checkSalesFlowOptions(options);
  const kinds = checkKinds(options.kinds, reading.kinds);
  const measure = checkDurationMeasure(options, reading.unit, settings.calendar);
  return compute(planSource(run, NO_AMOUNTS, settings), settings, reading, kinds, measure);
}

/** `tenderResponseTimeSeries` or `firstResponseTimeSeries` over a runner with `requests`. */
export function responseTimeSeriesOf<Id extends "tender-response-time" | "first-response-time">(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<ResponseTimeOptions>,
  reading: ResponseReading<Id>,
): SalesFlowSeriesResult<Id, ResponseTimeResult<Id>> {
  // The kinds and the measure are checked at the first bucket, after the range and the grain, in
  // the single form's order.
  let checked: { readonly kinds: readonly RequestKind[]; readonly measure: DurationMeasure } | undefined;
  return salesFlowSeriesOf(run, options, reading.id, NO_AMOUNTS, (source, settings) => {
    checked ??= {
      kinds: checkKinds(options.kinds, reading.kinds),
      measure: checkDurationMeasure(options, reading.unit, settings.calendar),
    };
    return compute(source, settings, reading, checked.kinds, checked.measure);
  });
}

/** The grouped form of a response-time indicator over a runner with `requests`. */
export function responseTimeGroupedOf<Id extends "tender-response-time" | "first-response-time">(
  run: PlanRunner,
  options: Omit<ResponseTimeOptions, "scope"> & SalesFlowGroupedOptions,
  reading: ResponseReading<Id>,
): SalesFlowGroupedResult<Id, ResponseTimeResult<Id>> {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const settings = checkSalesFlowOptions(options);
  const kinds = checkKinds(options.kinds, reading.kinds);
  const measure = checkDurationMeasure(options, reading.unit, settings.calendar);
  const keys = groupKeys(run, settings, groupBy, options.sellers, [
    { table: "requests", time: "receivedAt", where: [{ kind: "in", column: "kind", values: kinds }] },
  ]);
  const own = (key: string): SalesFlowSettings => groupSettings(settings, groupBy, key, options);
  return {
    indicator: reading.id,
    groupBy,
    groups: keys.map((key) => ({
      key,
      result: compute(planSource(run, NO_AMOUNTS, own(key)), own(key), reading, kinds, measure),
    })),
  };
}
