/**
 * The computation behind {@link pipelineAgeing}: the open deals at `asOf` by age band, and the
 * stale ones.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { instantOf } from "../../period/checkInstant.js";
import { startOfWallDay, wallDayOf } from "../../period/zone.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { openTally, type Tally } from "./_dealsPlans.js";
import { checkDealOptions, wholeNumberOption, type DealSettings } from "./_dealsSettings.js";
import { staleOpenDeals } from "./_staleDeals.js";
import {
  DEFAULT_AGEING_BAND_LIMITS,
  DEFAULT_STALE_AFTER_DAYS,
  type AgeingAmounts,
  type PipelineAgeingOptions,
  type PipelineAgeingResult,
} from "./pipelineAgeingTypes.js";

/** The checked options of a pipeline ageing. */
export interface PipelineAgeingSettings extends DealSettings {
  readonly bandLimits: readonly number[];
  readonly staleAfterDays: number;
  readonly withActivities: boolean;
}

/**
 * Checks the options: `asOf`, then the shared ones, the band limits (ascending whole numbers >= 0)
 * and `staleAfterDays` (a whole number >= 1).
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkPipelineAgeingOptions(options: PipelineAgeingOptions): PipelineAgeingSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with asOf");
  const asOf = new Date(instantOf(options.asOf, "asOf"));
  const settings = checkDealOptions({ ...options, period: { start: asOf, end: new Date(asOf.getTime() + 1) }, asOf });
  const limits: unknown = options.bandLimits ?? DEFAULT_AGEING_BAND_LIMITS;
  if (!Array.isArray(limits))
    throw new InvalidArgumentError("bandLimits must be an array of whole numbers of days, ascending");
  let previous = -1;
  for (const limit of limits as unknown[]) {
    const checked = wholeNumberOption(limit, "bandLimits", 0, 0);
    if (checked <= previous) throw new InvalidArgumentError("bandLimits must be ascending, each limit once");
    previous = checked;
  }
  return {
    ...settings,
    bandLimits: [...(limits as number[])],
    staleAfterDays: wholeNumberOption(options.staleAfterDays, "staleAfterDays", DEFAULT_STALE_AFTER_DAYS, 1),
    withActivities: options.activities !== undefined,
  };
}

function amounts(tally: Tally): AgeingAmounts {
  const figures = { dealCount: tally.count, amount: tally.amount };
  return tally.ids === null ? figures : { ...figures, explain: { dealIds: tally.ids } };
}

/** The pipeline ageing of one scope, on any plan runner. */
export function pipelineAgeingOf(run: PlanRunner, settings: PipelineAgeingSettings): PipelineAgeingResult {
  const zone = settings.calendar.timeZone;
  const today = wallDayOf(zone, settings.now);
  const totals = openTally(run, settings);
  const lows = [0, ...settings.bandLimits.map((limit) => limit + 1)];
  const bands = lows.map((minDays, b) => {
    const maxDays = settings.bandLimits[b] ?? null;
    // Age in days = today's day number - the creation day's: created on or after day (today - max), before day (today - min + 1).
    const where: Predicate[] = [
      { kind: "time", column: "createdAt", op: "<", value: startOfWallDay(zone, today - minDays + 1) },
    ];
    if (maxDays !== null)
      where.push({ kind: "time", column: "createdAt", op: ">=", value: startOfWallDay(zone, today - maxDays) });
    return {
      label: maxDays !== null ? `${minDays}-${maxDays}` : minDays === 0 ? "0+" : `over ${minDays - 1}`,
      minDays,
      maxDays,
      ...amounts(openTally(run, settings, where)),
    };
  });
  const stale = settings.withActivities
    ? { afterDays: settings.staleAfterDays, ...amounts(staleOpenDeals(run, settings, settings.staleAfterDays)) }
    : null;
  return {
    indicator: "pipeline-ageing",
    unit: "count",
    currency: settings.guard.currency,
    asOf: new Date(settings.now),
    scope: settings.scope.scope,
    totals: amounts(totals),
    bands,
    stale,
    staleReason: stale === null ? "no-activities" : null,
  };
}
