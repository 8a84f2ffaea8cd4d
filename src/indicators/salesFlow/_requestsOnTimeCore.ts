/**
 * The computation of `requestsOnTime` and `requestsOnTimeGrouped` over a {@link PlanRunner}, so
 * that the tests can run it on the table executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { groupKeys, type RequestTimes } from "./_salesFlowPlans.js";
import { salesFlowSeriesOf } from "./_salesFlowSeries.js";
import { planSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  checkGroupBy,
  checkKinds,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import { DEFAULT_ON_TIME_KINDS, type RequestsOnTimeOptions, type RequestsOnTimeResult } from "./requestsOnTimeTypes.js";
import type {
  SalesFlowGroupedOptions,
  SalesFlowGroupedResult,
  SalesFlowSeriesOptions,
  SalesFlowSeriesResult,
} from "./salesFlowTypes.js";

/** The answer sent back to the customer: the response, else the processing. */
function answerOf(request: RequestTimes): number | null {
  return request.respondedAt ?? request.processedAt;
}

function compute(
  source: SalesFlowSource,
  settings: SalesFlowSettings,
  kinds: readonly RequestKind[],
): RequestsOnTimeResult {
  const cohort = source.cohort(kinds);
  const cut = settings.asOf ?? Number.POSITIVE_INFINITY;
  // The ids are listed only with `explain` (the cohort has none otherwise); the counts always.
  const onTime: string[] = [];
  const late: string[] = [];
  const openOverdue: string[] = [];
  const counts = { onTime: 0, late: 0, openOverdue: 0, withoutDeadline: 0, openNotDue: 0, closedWithoutAnswer: 0 };
  cohort.forEach((request) => {
    const due = request.dueAt;
    if (due === null) {
      counts.withoutDeadline += 1;
      return;
    }
    const answer = answerOf(request);
    const { id } = request;
    if (answer !== null && answer < cut) {
      if (answer <= due) {
        counts.onTime += 1;
        if (id !== null) onTime.push(id);
      } else {
        counts.late += 1;
        if (id !== null) late.push(id);
      }
    } else if (answer === null && request.status === "declined") counts.closedWithoutAnswer += 1;
    else if (due < settings.judgedAt) {
      counts.openOverdue += 1;
      if (id !== null) openOverdue.push(id);
    } else counts.openNotDue += 1;
  });
  const judged = counts.onTime + counts.late + counts.openOverdue;
  const result: RequestsOnTimeResult = {
    indicator: "requests-on-time",
    unit: "ratio",
    ...resultHead(settings),
    kinds,
    received: cohort.size,
    withoutDeadline: counts.withoutDeadline,
    onTime: counts.onTime,
    late: counts.late,
    openOverdue: counts.openOverdue,
    openNotDue: counts.openNotDue,
    closedWithoutAnswer: counts.closedWithoutAnswer,
    share: ratio(new Dec(counts.onTime), new Dec(judged), "nothing-due"),
  };
  if (!settings.explain) return result;
  return { ...result, explain: { onTimeIds: onTime, lateIds: late, openOverdueIds: openOverdue } };
}

// The request plans sum no amount: a fresh guard never meets one.
function computeIn(run: PlanRunner, settings: SalesFlowSettings, kinds: readonly RequestKind[]): RequestsOnTimeResult {
  return compute(planSource(run, new CurrencyGuard({}), settings), settings, kinds);
}

/** `requestsOnTime` over a runner with `requests`. */
export function requestsOnTimeOf(run: PlanRunner, options: RequestsOnTimeOptions): RequestsOnTimeResult {
  const settings = checkSalesFlowOptions(options);
  return computeIn(run, settings, checkKinds(options.kinds, DEFAULT_ON_TIME_KINDS));
}

/** `requestsOnTimeSeries` over a runner with `requests`. */
export function requestsOnTimeSeriesOf(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<RequestsOnTimeOptions>,
): SalesFlowSeriesResult<"requests-on-time", RequestsOnTimeResult> {
  // The kinds are checked at the first bucket, after the range and the grain, in the single form's order.
  let kinds: readonly RequestKind[] | undefined;
  return salesFlowSeriesOf(run, options, "requests-on-time", new CurrencyGuard({}), (source, settings) => {
    kinds ??= checkKinds(options.kinds, DEFAULT_ON_TIME_KINDS);
    return compute(source, settings, kinds);
  });
}

/** `requestsOnTimeGrouped` over a runner with `requests`. */
export function requestsOnTimeGroupedOf(
  run: PlanRunner,
  options: Omit<RequestsOnTimeOptions, "scope"> & SalesFlowGroupedOptions,
): SalesFlowGroupedResult<"requests-on-time", RequestsOnTimeResult> {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const settings = checkSalesFlowOptions(options);
  const kinds = checkKinds(options.kinds, DEFAULT_ON_TIME_KINDS);
  const keys = groupKeys(run, settings, groupBy, options.sellers, [
    { table: "requests", time: "receivedAt", where: [{ kind: "in", column: "kind", values: kinds }] },
  ]);
  return {
    indicator: "requests-on-time",
    groupBy,
    groups: keys.map((key) => ({ key, result: computeIn(run, groupSettings(settings, groupBy, key, options), kinds) })),
  };
}
