/**
 * fast-check arbitraries of whole, consistent datasets for the invariant suites
 * (`invariants.test-prop.ts`): a roster of sellers in teams, orders with credit notes, revenue targets
 * at the three levels, deals in every status with consistent dates, activities of every type and
 * status, and activity targets at the three levels; plus the options a computation over them needs
 * (zone, period, `asOf`, scope, grains), and the helpers the invariants use to cut, relabel and
 * bound a dataset.
 *
 * Ids are given by position (`o-0`, `d-3`...), so any part of a dataset keeps unique ids, and owner,
 * team, stage and reason names include `__proto__` and `constructor` (grouping must use `Map`).
 * Instants lie between 2025-10-01 and 2027-04-01 (every zone below changes its clocks in between)
 * and are drawn at random milliseconds, at UTC midnights, or at local midnights of the zones below,
 * where bucket boundaries fall.
 */
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import {
  ACTIVITY_TYPES,
  toDecimal,
  type Activity,
  type ActivityStatus,
  type ActivityTarget,
  type DayCount,
  type Deal,
  type Grain,
  type Order,
  type Period,
  type PipelineGrain,
  type RevenueTarget,
  type Scope,
  type Seller,
  type TargetLevel,
} from "../../src/index.js";

/**
 * Runs per property. 100 by default; set `INVARIANT_RUNS` (e.g. `INVARIANT_RUNS=2000`) for a deeper
 * local search without editing the suites.
 */
export const RUNS: { readonly numRuns: number } = { numRuns: runCount(process.env["INVARIANT_RUNS"]) };

function runCount(text: string | undefined): number {
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : 100;
}

export const DAY_MS = 86_400_000;
/** First and last instants of generated data. */
export const T0 = Date.UTC(2025, 9, 1);
export const T1 = Date.UTC(2027, 3, 1);
const SPAN_DAYS = Math.round((T1 - T0) / DAY_MS);

/** Zones whose calendars the scenarios use: DST in both hemispheres, 30- and 45-minute offsets. */
export const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
] as const;
export type Zone = (typeof ZONES)[number];

/** UTC offsets (minutes) of the zones above over the window, so that generated instants hit their local midnights. */
const OFFSETS_MIN = [0, 60, 120, -300, -240, 330, 765, 825, 630, 660] as const;

export const SELLER_IDS = ["s-1", "s-2", "s-3", "__proto__", "constructor"] as const;
/** An owner that is never in the roster. */
export const OFF_ROSTER = "s-off";
export const TEAM_IDS = ["t-1", "t-2", "__proto__"] as const;
export const STAGES = ["lead", "proposal", "negotiation", "__proto__"] as const;
/** Probability of every stage, so that no open deal lacks one. */
export const STAGE_PROBABILITIES: ReadonlyMap<string, string> = new Map([
  ["lead", "0.1"],
  ["proposal", "0.35"],
  ["negotiation", "0.8"],
  ["__proto__", "0.5"],
]);
export const LOSS_REASONS = ["price", "competitor", "timing", "no-budget", "__proto__"] as const;
export const REASON_CATEGORIES: ReadonlyMap<string, "market" | "offer" | "internal" | "other"> = new Map([
  ["price", "offer"],
  ["competitor", "market"],
  ["timing", "internal"],
  ["__proto__", "market"],
]);
export const COMPETITORS = ["Acme", "Globex", "constructor"] as const;
export const ACTIVITY_KINDS: readonly string[] = [...ACTIVITY_TYPES, "webinar"];
export const CURRENCY = "EUR";

/** Cents written as a decimal string: -1234 -> "-12.34". */
export function centsText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
const money = (cents: number): Decimal => toDecimal(centsText(cents));

/**
 * An instant of the window: any millisecond, a UTC midnight, or a local midnight of one of the zones.
 * Unbiased, so that instants spread over the window instead of piling up at its two ends.
 */
export const instantArb: fc.Arbitrary<number> = fc.noBias(
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: T0, max: T1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: SPAN_DAYS }).map((d) => T0 + d * DAY_MS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: SPAN_DAYS }), fc.constantFrom(...OFFSETS_MIN))
        .map(([d, offset]) => T0 + d * DAY_MS - offset * 60_000),
    },
  ),
);

const ownerArb = fc.constantFrom<string>(...SELLER_IDS, ...SELLER_IDS, OFF_ROSTER);

/** A roster: 1 to 5 distinct sellers, most in a team. */
export const sellersArb: fc.Arbitrary<Seller[]> = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom(...SELLER_IDS), fc.option(fc.constantFrom(...TEAM_IDS), { nil: undefined, freq: 4 })),
    {
      minLength: 1,
      maxLength: SELLER_IDS.length,
      selector: ([id]) => id,
    },
  )
  .map((rows) =>
    rows.map(([id, teamId]) => ({ id, name: `Seller ${id}`, ...(teamId === undefined ? {} : { teamId }) })),
  );

const orderAmountCents = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10_000_000, max: -1 }) }, // credit notes
);

export const MAX_ORDERS = 30;
export const MAX_DEALS = 24;
export const MAX_ACTIVITIES = 30;

const orderDraft = fc.record({
  date: instantArb,
  cents: orderAmountCents,
  sellerId: ownerArb,
  customer: fc.integer({ min: 1, max: 6 }),
});

/** Who a target is set for, at each of the three levels. */
const targetScopeArb: fc.Arbitrary<{ level: TargetLevel; scopeId: string | undefined }> = fc.oneof(
  fc.constant({ level: "company" as const, scopeId: undefined }),
  fc.constantFrom(...TEAM_IDS).map((scopeId) => ({ level: "team" as const, scopeId })),
  fc.constantFrom(...SELLER_IDS).map((scopeId) => ({ level: "seller" as const, scopeId })),
);

/** A target range: at least 7 days (so it always holds business days), up to 400. */
const targetRangeArb = fc
  .tuple(instantArb, fc.integer({ min: 7 * DAY_MS, max: 400 * DAY_MS }), fc.boolean())
  .map(([start, length, whole]) => ({ start, end: start + (whole ? Math.round(length / DAY_MS) * DAY_MS : length) }));

const revenueTargetDraft = fc.record({
  who: targetScopeArb,
  range: targetRangeArb,
  cents: fc.integer({ min: 0, max: 1_000_000_000 }),
});

const dealDraft = fc.record({
  ownerId: ownerArb,
  cents: fc.integer({ min: 0, max: 50_000_000 }),
  stage: fc.constantFrom(...STAGES),
  probability: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 2 }),
  createdAt: instantArb,
  expectedInDays: fc.option(fc.integer({ min: -30, max: 240 }), { nil: undefined, freq: 5 }),
  status: fc.constantFrom("open", "won", "lost", "lost"),
  closedAfter: fc.integer({ min: 0, max: 200 * DAY_MS }),
  lossReason: fc.option(fc.constantFrom(...LOSS_REASONS), { nil: undefined, freq: 4 }),
  competitor: fc.option(fc.constantFrom(...COMPETITORS), { nil: undefined, freq: 2 }),
});

const activityDraft = fc.record({
  ownerId: ownerArb,
  type: fc.constantFrom(...ACTIVITY_KINDS),
  date: instantArb,
  status: fc.constantFrom<ActivityStatus>("done", "done", "done", "planned", "cancelled"),
});

const activityTargetDraft = fc.record({
  who: targetScopeArb,
  type: fc.constantFrom(...ACTIVITY_KINDS),
  range: targetRangeArb,
  count: fc.integer({ min: 0, max: 300 }),
});

/** A whole dataset, as the indicators take it. */
export interface Dataset {
  readonly sellers: readonly Seller[];
  readonly orders: readonly Order[];
  readonly revenueTargets: readonly RevenueTarget[];
  readonly deals: readonly Deal[];
  readonly activities: readonly Activity[];
  readonly activityTargets: readonly ActivityTarget[];
}

/** Day start (UTC midnight) `days` after the UTC day of `t`: an expected close day. */
const dayAfter = (t: number, days: number): number => Math.floor(t / DAY_MS) * DAY_MS + days * DAY_MS;

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    sellers: sellersArb,
    orders: fc.array(orderDraft, { maxLength: MAX_ORDERS, size: "medium" }),
    revenueTargets: fc.array(revenueTargetDraft, { maxLength: 6 }),
    deals: fc.array(dealDraft, { maxLength: MAX_DEALS, size: "medium" }),
    activities: fc.array(activityDraft, { maxLength: MAX_ACTIVITIES, size: "medium" }),
    activityTargets: fc.array(activityTargetDraft, { maxLength: 6 }),
  })
  .map((draft) => ({
    sellers: draft.sellers,
    orders: draft.orders.map((o, i): Order => ({
      id: `o-${i}`,
      date: new Date(o.date),
      amount: money(o.cents),
      currency: CURRENCY,
      sellerId: o.sellerId,
      customerId: `c-${o.customer}`,
    })),
    revenueTargets: draft.revenueTargets.map((t, i): RevenueTarget => ({
      id: `rt-${i}`,
      level: t.who.level,
      ...(t.who.scopeId === undefined ? {} : { scopeId: t.who.scopeId }),
      start: new Date(t.range.start),
      end: new Date(t.range.end),
      amount: money(t.cents),
      currency: CURRENCY,
    })),
    deals: draft.deals.map((d, i): Deal => {
      const closed = d.status !== "open";
      return {
        id: `d-${i}`,
        ownerId: d.ownerId,
        customerId: `c-${i % 5}`,
        amount: money(d.cents),
        currency: CURRENCY,
        stage: d.stage,
        ...(d.probability === undefined ? {} : { probability: toDecimal(centsText(d.probability)) }),
        createdAt: new Date(d.createdAt),
        ...(d.expectedInDays === undefined
          ? {}
          : { expectedCloseDate: new Date(dayAfter(d.createdAt, d.expectedInDays)) }),
        status: d.status,
        ...(closed ? { closedAt: new Date(d.createdAt + d.closedAfter) } : {}),
        ...(d.status === "lost" && d.lossReason !== undefined ? { lossReason: d.lossReason } : {}),
        ...(d.status === "lost" && d.competitor !== undefined ? { competitor: d.competitor } : {}),
      };
    }),
    activities: draft.activities.map((a, i): Activity => ({
      id: `a-${i}`,
      ownerId: a.ownerId,
      type: a.type,
      date: new Date(a.date),
      status: a.status,
    })),
    activityTargets: draft.activityTargets.map((t, i): ActivityTarget => ({
      id: `at-${i}`,
      level: t.who.level,
      ...(t.who.scopeId === undefined ? {} : { scopeId: t.who.scopeId }),
      type: t.type,
      start: new Date(t.range.start),
      end: new Date(t.range.end),
      count: toDecimal(t.count),
    })),
  }));

/** The options of one computation over a dataset. */
export interface Scenario {
  readonly timeZone: Zone;
  readonly fiscalYearStartMonth: number;
  readonly dayCount: DayCount;
  /** A period for single-period indicators (and the pipeline's forecast). */
  readonly period: Period;
  /** A range split into buckets of `grain`. */
  readonly range: Period;
  readonly grain: Grain;
  readonly pipelineGrain: PipelineGrain;
  /** "Now": absent means a closed period (the pipeline then reads at `pipelineAsOf`). */
  readonly asOf: Date | undefined;
  readonly pipelineAsOf: Date;
  readonly scope: Scope;
  readonly explain: boolean;
}

/** Longest range in days for a grain, so that day and week series stay short. */
const MAX_RANGE_DAYS: Readonly<Record<Grain, number>> = {
  day: 45,
  week: 200,
  month: 600,
  quarter: 600,
  semester: 600,
  year: 600,
};

/**
 * A period of 7 to `maxDays` days starting between 40 days before the data and 30 days before its
 * end. Unbiased: fast-check's bias towards small values would make most periods 7 days long at the
 * window's start, where few records lie; edge instants come from the records instead.
 */
const periodArb = (maxDays: number): fc.Arbitrary<Period> =>
  fc
    .noBias(
      fc.tuple(
        fc.integer({ min: T0 - 40 * DAY_MS, max: T1 - 30 * DAY_MS }),
        fc.integer({ min: 7 * DAY_MS, max: maxDays * DAY_MS }),
      ),
    )
    .map(([start, length]) => ({ start: new Date(start), end: new Date(start + length) }));

/** Company, a team (of the roster or not), or a seller (of the roster or not). */
export function scopeArb(sellers: readonly Seller[]): fc.Arbitrary<Scope> {
  const teams = [...new Set(sellers.flatMap((s) => (s.teamId === undefined ? [] : [s.teamId])))];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Scope>({ level: "company" }) },
    { weight: 1, arbitrary: fc.constantFrom(...teams, "t-2").map((teamId): Scope => ({ level: "team", teamId })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...sellers.map((s) => s.id), OFF_ROSTER)
        .map((sellerId): Scope => ({ level: "seller", sellerId })),
    },
  );
}

/** An instant inside the period (mostly), or anywhere in the window. */
const asOfArb = (period: Period): fc.Arbitrary<Date> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.noBias(fc.integer({ min: period.start.getTime(), max: period.end.getTime() })) },
      { weight: 1, arbitrary: instantArb },
    )
    .map((t) => new Date(t));

export function scenarioArb(dataset: Dataset): fc.Arbitrary<Scenario> {
  return fc
    .tuple(fc.constantFrom<Grain>("day", "week", "month", "month", "quarter", "semester", "year"), periodArb(400))
    .chain(([grain, period]) =>
      fc.record({
        timeZone: fc.constantFrom(...ZONES),
        fiscalYearStartMonth: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 12 })),
        dayCount: fc.constantFrom<DayCount>("calendar", "calendar", "business"),
        period: fc.constant(period),
        range: periodArb(MAX_RANGE_DAYS[grain]),
        grain: fc.constant(grain),
        pipelineGrain: fc.constantFrom<PipelineGrain>("month", "quarter", "year"),
        asOf: fc.option(asOfArb(period), { nil: undefined, freq: 3 }),
        pipelineAsOf: asOfArb(period),
        scope: scopeArb(dataset.sellers),
        explain: fc.boolean(),
      }),
    );
}

/** A dataset with the options of a computation over it. */
export const caseArb: fc.Arbitrary<{ dataset: Dataset; scenario: Scenario }> = datasetArb.chain((dataset) =>
  scenarioArb(dataset).map((scenario) => ({ dataset, scenario })),
);

/** Which half each record goes to: `true` for the first. Long enough for every record list. */
export const maskArb: fc.Arbitrary<readonly boolean[]> = fc.array(fc.boolean(), {
  minLength: MAX_ORDERS + MAX_DEALS + MAX_ACTIVITIES,
  maxLength: MAX_ORDERS + MAX_DEALS + MAX_ACTIVITIES,
});

/**
 * Cuts the records (orders, deals, activities) of a dataset in two by the mask; the roster and the
 * targets stay whole in both halves (they are not what is summed or counted).
 */
export function splitDataset(dataset: Dataset, mask: readonly boolean[]): [Dataset, Dataset] {
  const pick = <T>(records: readonly T[], offset: number, side: boolean): T[] =>
    records.filter((_, i) => (mask[offset + i] ?? true) === side);
  const half = (side: boolean): Dataset => ({
    ...dataset,
    orders: pick(dataset.orders, 0, side),
    deals: pick(dataset.deals, MAX_ORDERS, side),
    activities: pick(dataset.activities, MAX_ORDERS + MAX_DEALS, side),
  });
  return [half(true), half(false)];
}

/** The dataset with the money records the mask marks (orders, revenue targets, deals) relabelled to `currency`. */
export function relabel(dataset: Dataset, currency: string, mask: readonly boolean[]): Dataset {
  const to = <T extends { readonly currency: string }>(records: readonly T[], offset: number): T[] =>
    records.map((r, i) => ((mask[(offset + i) % mask.length] ?? true) ? { ...r, currency } : r));
  return {
    ...dataset,
    orders: to(dataset.orders, 0),
    revenueTargets: to(dataset.revenueTargets, MAX_ORDERS),
    deals: to(dataset.deals, MAX_ORDERS + 7),
  };
}

/** Every instant of a dataset (record dates, target bounds, deal dates). */
export function instantsOf(dataset: Dataset): number[] {
  return [
    ...dataset.orders.map((o) => o.date.getTime()),
    ...dataset.revenueTargets.flatMap((t) => [t.start.getTime(), t.end.getTime()]),
    ...dataset.deals.flatMap((d) => [
      d.createdAt.getTime(),
      d.closedAt?.getTime() ?? d.createdAt.getTime(),
      d.expectedCloseDate?.getTime() ?? d.createdAt.getTime(),
    ]),
    ...dataset.activities.map((a) => a.date.getTime()),
    ...dataset.activityTargets.flatMap((t) => [t.start.getTime(), t.end.getTime()]),
  ];
}

/** A range that holds every instant of the dataset, from two days before the first to two days after the last. */
export function coveringRange(dataset: Dataset): Period {
  const all = instantsOf(dataset);
  const min = all.length === 0 ? T0 : Math.min(...all);
  const max = all.length === 0 ? T0 : Math.max(...all);
  return { start: new Date(min - 2 * DAY_MS), end: new Date(max + 2 * DAY_MS) };
}
