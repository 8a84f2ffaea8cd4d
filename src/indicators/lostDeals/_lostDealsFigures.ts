/**
 * The figures of lost deals (2.5) from the cells of its plans: per bucket and over the range, the
 * lost and won tallies, the loss rates, the breakdowns of the lost deals, and each bucket's spike
 * judgement. Also the computations behind `lostDeals` and `lostDealsGrouped`, which take a
 * `PlanRunner` so that tests can run them on the reference executor.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { Dec } from "../../money/dec.js";
import { ExactSum } from "../../money/exactSum.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { splitRange } from "../../period/splitRange.js";
import { instantOf } from "../../period/checkInstant.js";
import type { Bucket, Period } from "../../period/types.js";
import type { GroupBy } from "../../table/scope.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import type { Scope } from "../types.js";
import { checkLostDealsOptions, judge, type LostDealsSettings } from "./_lostDealsSettings.js";
import {
  groupsPlan,
  ownerGroupKey,
  runLostDealsPlans,
  type LostDealsCells,
  type TallyMeasures,
} from "./_lostDealsPlans.js";
import {
  LOSS_CATEGORIES,
  type LossCategory,
  type LossRateReason,
  type LostByCompetitor,
  type LostByReason,
  type LostDealsBucket,
  type LostDealsExplain,
  type LostDealsFigures,
  type LostDealsFlag,
  type LostDealsOptions,
  type LostDealsResult,
  type LostDealsWarningCode,
} from "./lostDealsTypes.js";
import type { IndicatorWarning } from "../warnings.js";

/** Deals counted and their amount. */
interface Tally {
  readonly deals: number;
  readonly amount: Decimal;
}

/** One key of a breakdown and its tally. */
interface KeyTally<K> extends Tally {
  readonly key: K;
}

/** Most deals first, then by name (`null` last). */
function byCountThenName<K extends string | null>(a: KeyTally<K>, b: KeyTally<K>): number {
  if (a.deals !== b.deals) return b.deals - a.deals;
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}

/** The category of a loss reason: the caller's, else `other` (a missing reason too). */
function categoryOf(reason: string | null, categories: ReadonlyMap<string, LossCategory>): LossCategory {
  return (reason === null ? undefined : categories.get(reason)) ?? "other";
}

/**
 * The figures of one bucket, or of the range: lost and won counts and amounts;
 * loss rate by count = lost / (won + lost), by value = lost amount / (won amount + lost amount),
 * `null` with `no-closed-deals` when nothing closed, `no-closed-value` when the closed amounts
 * sum to 0; the lost deals by reason and by competitor (most first, then by name), and by the
 * category of their reason (always the four categories, in order).
 */
export function figuresOf(
  won: Tally,
  lost: Tally,
  reasons: readonly KeyTally<string | null>[],
  competitors: readonly KeyTally<string>[],
  categories: ReadonlyMap<string, LossCategory>,
): LostDealsFigures {
  const closed = won.deals + lost.deals;
  const byCategory = LOSS_CATEGORIES.map((category) => ({ category, count: 0, sum: new ExactSum() }));
  for (const reason of reasons) {
    const entry = byCategory[
      LOSS_CATEGORIES.indexOf(categoryOf(reason.key, categories))
    ] as (typeof byCategory)[number];
    entry.count += reason.deals;
    entry.sum.add(reason.amount);
  }
  return {
    lostCount: lost.deals,
    lostAmount: lost.amount,
    wonCount: won.deals,
    wonAmount: won.amount,
    lossRateByCount: ratio(new Dec(lost.deals), new Dec(closed), "no-closed-deals" as const),
    lossRateByValue: ratio<LossRateReason>(
      lost.amount,
      won.amount.plus(lost.amount),
      closed === 0 ? "no-closed-deals" : "no-closed-value",
    ),
    byReason: [...reasons]
      .sort(byCountThenName)
      .map(({ key, deals, amount }): LostByReason => ({ reason: key, count: deals, amount })),
    byCategory: byCategory.map(({ category, count, sum }) => ({ category, count, amount: sum.value() })),
    byCompetitor: [...competitors]
      .sort(byCountThenName)
      .map(({ key, deals, amount }): LostByCompetitor => ({ competitor: key, count: deals, amount })),
  };
}

/** A cell of one bucket, or (bucket `null`) over every bucket. */
function cellAt<M extends TallyMeasures>(
  cells: Cells<M>,
  bucket: number | null,
  keys: readonly (string | null)[],
): CellValues<M> {
  return bucket === null ? cells.total(...keys) : cells.get(bucket, ...keys);
}

/** The keys of `keys` with deals in the cell of `bucket` (after the group key `group`). */
function tallies<K extends string | null>(
  cells: Cells<TallyMeasures>,
  bucket: number | null,
  group: readonly string[],
  keys: readonly K[],
): KeyTally<K>[] {
  const found: KeyTally<K>[] = [];
  for (const key of keys) {
    const { deals, amount } = cellAt(cells, bucket, [...group, key]);
    if (deals > 0) found.push({ key, deals, amount });
  }
  return found;
}

/** What one result is computed for. */
interface ResultInput {
  readonly settings: LostDealsSettings;
  readonly bounds: readonly Bucket[];
  readonly currency: string | null;
  /** The group's key in the cells (empty: not grouped). */
  readonly group: readonly string[];
}

/**
 * The result of one scope (or one group) from the cells: the figures of each bucket and of the
 * range, then each bucket's spike judgement against the `n` buckets before it (fewer:
 * `insufficient-history`, not judged). A bucket starting at or after `asOf` is `not-started` and
 * not judged; the one holding `asOf` is judged on its figures to date and flagged `partial`.
 */
export function lostDealsResultOf(cells: LostDealsCells, input: ResultInput): LostDealsResult {
  const { settings, bounds, group } = input;
  const reasonKeys = cells.reasons.keys[group.length] ?? [];
  const competitorKeys = (cells.competitors.keys[group.length] ?? []) as readonly string[];
  const totalReasons = tallies(cells.reasons, null, group, reasonKeys);
  const totalCompetitors = tallies(cells.competitors, null, group, competitorKeys);
  const figuresAt = (bucket: number | null): LostDealsFigures =>
    figuresOf(
      cellAt(cells.closed, bucket, [...group, "won"]),
      cellAt(cells.closed, bucket, [...group, "lost"]),
      bucket === null
        ? totalReasons
        : tallies(
            cells.reasons,
            bucket,
            group,
            totalReasons.map((reason) => reason.key),
          ),
      bucket === null
        ? totalCompetitors
        : tallies(
            cells.competitors,
            bucket,
            group,
            totalCompetitors.map((competitor) => competitor.key),
          ),
      settings.categories,
    );
  const figures = bounds.map((_, index) => figuresAt(index));
  const lostCounts = figures.map((bucket) => bucket.lostCount);
  const n = settings.spike.trailingBuckets;
  const asOf = settings.asOf;
  const buckets: LostDealsBucket[] = bounds.map((bucket, index) => {
    const head = { label: bucket.label, start: bucket.start, end: bucket.end, ...(figures[index] as LostDealsFigures) };
    const notStarted = asOf !== null && bucket.start.getTime() >= asOf;
    const partial = asOf !== null && !notStarted && bucket.end.getTime() > asOf;
    if (notStarted) return { ...head, mean: null, std: null, threshold: null, flags: ["not-started"] };
    const cut: readonly LostDealsFlag[] = partial ? ["partial"] : [];
    if (index < n) return { ...head, mean: null, std: null, threshold: null, flags: ["insufficient-history", ...cut] };
    const { spike, ...judged } = judge(lostCounts.slice(index - n, index), lostCounts[index] as number, settings.spike);
    return { ...head, ...judged, flags: spike ? ["spike", ...cut] : cut };
  });
  const result: LostDealsResult = {
    indicator: "lost-deals",
    unit: "count",
    currency: input.currency,
    grain: settings.grain,
    range: echoPeriod(settings.range, settings.calendar.timeZone),
    asOf: asOf === null ? null : new Date(asOf),
    scope: settings.scope,
    buckets,
    totals: figuresAt(null),
    spikeSettings: settings.spike,
    warnings: warningsOf(settings),
  };
  const ids = cells.ids;
  if (!settings.explain || ids === null) return result;
  const explained: LostDealsExplain["buckets"][number][] = bounds.map((bucket, index) => ({
    label: bucket.label,
    lostDealIds: ids.get(index, ...group, "lost").ids,
    wonDealIds: ids.get(index, ...group, "won").ids,
  }));
  return { ...result, explain: { buckets: explained } };
}

/** The `partial-range` or `range-not-started` warning when `asOf` cuts the range (worded as revenue per seller's). */
function warningsOf(settings: LostDealsSettings): IndicatorWarning<LostDealsWarningCode>[] {
  const { asOf, range } = settings;
  if (asOf === null || asOf >= range.end.getTime()) return [];
  const at = new Date(asOf).toISOString();
  if (asOf <= range.start.getTime()) {
    return [
      {
        code: "range-not-started",
        message: `asOf ${at} is at or before the range start: nothing is counted and no bucket is judged`,
      },
    ];
  }
  return [
    {
      code: "partial-range",
      message: `asOf ${at} falls inside the range: deals closed at or after it are not counted, the bucket holding it is partial (losses to date) and later buckets are not judged`,
    },
  ];
}

/**
 * The window of `closedAt` counted, `[range start, min(range end, asOf))`, and the buckets of the
 * whole range split by the settings' grain and calendar (`asOf` cuts the closings, not the buckets).
 */
function bucketsOf(settings: LostDealsSettings): {
  bounds: Bucket[];
  window: { from: number; to: number };
  buckets: number[];
} {
  const bounds = splitRange(settings.range, settings.grain, settings.calendar);
  const from = settings.range.start.getTime();
  const end = settings.range.end.getTime();
  // `asOf` before the start leaves an empty window.
  const to = settings.asOf === null ? end : Math.max(from, Math.min(end, settings.asOf));
  return { bounds, window: { from, to }, buckets: bounds.map((bucket) => bucket.start.getTime()) };
}

/**
 * The computation of `lostDeals` once its options are checked: its plans over the scope's deals,
 * run by `run` with `guard`, then the result from their cells.
 *
 * @param run - runs the plans over the deals (`tableRunner({ deals })`)
 * @param settings - the checked options ({@link checkLostDealsOptions})
 * @param guard - the computation's currency guard
 * @throws MixedCurrencyError or MissingExchangeRateError from the counted deals' amounts
 */
export function lostDealsOf(run: PlanRunner, settings: LostDealsSettings, guard: CurrencyGuard): LostDealsResult {
  const { bounds, window, buckets } = bucketsOf(settings);
  const cells = runLostDealsPlans(run, guard, { window, buckets, owners: settings.owners, explain: settings.explain });
  return lostDealsResultOf(cells, { settings, bounds, currency: guard.currency, group: [] });
}

/** One group of a grouped computation: its key and its result. */
export interface LostDealsGroupOf {
  readonly key: string;
  readonly result: LostDealsResult;
}

/**
 * The computation of `lostDealsGrouped` once its range, `groupBy` and input are checked: the
 * groups and their one currency (the deals closed in the range before `asOf`, group by group), then the options
 * of `lostDeals` checked group by group with each group's scope (each group is a `lostDeals` of
 * its own: with no group, no option is checked), then the plans of `lostDeals` by group and each
 * group's result.
 *
 * @param run - runs the plans over the deals (`tableRunner({ deals })`)
 * @param options - the options of `lostDeals`, without `scope`
 * @param groupBy - by seller or by team
 * @param range - the checked range
 * @throws InvalidArgumentError for a roster that is not an array or an option `lostDeals` rejects
 * @throws MixedCurrencyError or MissingExchangeRateError from the grouped deals' amounts
 */
export function lostDealsGroupedOf(
  run: PlanRunner,
  options: Omit<LostDealsOptions, "scope">,
  groupBy: GroupBy,
  range: Period,
): { readonly currency: string | null; readonly groups: readonly LostDealsGroupOf[] } {
  const groupKey = ownerGroupKey(groupBy, options.sellers);
  const guard = new CurrencyGuard(options);
  // Only the deals that can count decide the groups: those closed in the range, before `asOf`.
  const from = range.start.getTime();
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const to = asOf === null ? range.end.getTime() : Math.max(from, Math.min(range.end.getTime(), asOf));
  const found = run(groupsPlan({ from, to }, groupKey), guard);
  const keys = (found.keys[0] ?? []) as readonly string[];
  const scopeOf = (key: string): Scope =>
    groupBy === "seller" ? { level: "seller", sellerId: key } : { level: "team", teamId: key };
  const groups = keys.map((key) => ({ key, settings: checkLostDealsOptions({ ...options, scope: scopeOf(key) }) }));
  const first = groups[0];
  if (first === undefined) return { currency: guard.currency, groups: [] };
  const { bounds, window, buckets } = bucketsOf(first.settings);
  const cells = runLostDealsPlans(run, guard, { window, buckets, group: groupKey, explain: first.settings.explain });
  return {
    currency: guard.currency,
    groups: groups.map(({ key, settings }) => ({
      key,
      result: lostDealsResultOf(cells, { settings, bounds, currency: guard.currency, group: [key] }),
    })),
  };
}
