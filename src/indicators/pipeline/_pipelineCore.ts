/**
 * The computation behind {@link pipeline} and {@link pipelineGrouped}, over columnar tables: the
 * open deals of some rows of a deal table, bucketed and weighted, and the forecast over some rows of
 * an order table. Private: the public functions check their inputs and call it.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { lastStartAtOrBefore } from "../../_lib/bucketIndex.js";
import { resolveCalendar, unitAt, type Calendar } from "../../_lib/calendar.js";
import { checkPeriod, instantOf } from "../../_lib/checkPeriod.js";
import { CurrencyGuard } from "../../_lib/currencyGuard.js";
import { assertDayCount } from "../../_lib/dayCount.js";
import { Dec, unsignedZero, ZERO } from "../../_lib/decimal.js";
import { ExactSum, SCALE_FACTOR, scaledInteger } from "../../_lib/exactSum.js";
import { ratio } from "../../_lib/figure.js";
import { shown } from "../../_lib/options.js";
import { resolveScope, type ScopeFilter } from "../../_lib/scope.js";
import { guardCurrencyCode } from "../../_lib/tableMoney.js";
import { emptyRealized, sumRows } from "../../_lib/realizedSums.js";
import { proratedTarget, type TargetPart } from "../../_lib/targets.js";
import { startOfDayContaining, startOfWallDay, wallDayOf } from "../../_lib/zone.js";
import { InvalidArgumentError, UnknownStageError } from "../../errors/index.js";
import { splitRange } from "../../period/splitRange.js";
import type { Period } from "../../period/types.js";
import type { Ratio } from "../types.js";
import type {
  PipelineAmounts,
  PipelineBucket,
  PipelineForecast,
  PipelineForecastOptions,
  PipelineGrain,
  PipelineOptions,
  PipelineResult,
} from "./pipeline.js";
import { stageProbabilityMap } from "./stageProbabilities.js";
import { amountAt, orderColumnsOf, probabilityAt, type DealColumns, type OrderColumns } from "../../table/_columns.js";

const GRAINS: readonly PipelineGrain[] = ["month", "quarter", "year"];
/** Scaled probabilities in [0, 1] (0 to 10^4) get their slot from an array; others from a map. */
const DIRECT_KEYS = SCALE_FACTOR + 1;
/** Slot of a probability with more than four decimals: multiplied per deal. */
const OTHER = -1;
/** A stage whose probability was not looked up yet. */
const UNRESOLVED = -2;

function assertPipelineGrain(grain: unknown): PipelineGrain {
  if (grain === undefined) return "month";
  if (GRAINS.includes(grain as PipelineGrain)) return grain as PipelineGrain;
  throw new InvalidArgumentError(`the pipeline grain must be "month", "quarter" or "year", got ${JSON.stringify(shown(grain)).slice(0, 40)}`);
}

/** First instant of a wall day of the zone that is at or after `t`. */
function firstDayStartAtOrAfter(zone: string, t: number): number {
  const day = wallDayOf(zone, t);
  const start = startOfWallDay(zone, day);
  return start >= t ? start : startOfWallDay(zone, day + 1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Some rows of an order table (all of them when `rows` is `null`), with the owner mask to test. */
export interface OrderRows {
  readonly table: OrderColumns;
  readonly rows: readonly number[] | null;
  readonly mask: Uint8Array | null;
}

/**
 * The open deals of the scope, one entry per open deal in scan order, read once from the table:
 * the columns the tallies add from, with no object per deal.
 */
class OpenDeals {
  /** The table row of each open deal. */
  readonly rows: number[] = [];
  /** Expected close instant (ms), `NaN` when undated. */
  readonly closes: number[] = [];
  /** Amount in the computation's currency x 10^4, `NaN` when not a safe integer (then {@link amountOf}). */
  readonly scaled: number[] = [];
  /** Probability slot (an index into {@link slotKeys}), or {@link OTHER}. */
  readonly slots: number[] = [];
  /** Amounts converted to the computation's currency, by open index (only those that were converted). */
  readonly converted = new Map<number, Decimal>();
  /** Scaled probability of each slot, slots in order of first appearance. */
  readonly slotKeys: number[] = [];
  /** Latest expected close at or after asOf's day start; `-Infinity` when none. */
  last = Number.NEGATIVE_INFINITY;

  constructor(
    readonly table: DealColumns,
    /** Each stage code's probability (from the stage map), when looked up. */
    readonly stageProbabilities: readonly (Decimal | undefined)[],
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** The amount of open deal `i` in the computation's currency, as a `Decimal`. */
  amountOf(i: number): Decimal {
    return this.converted.get(i) ?? amountAt(this.table, this.rows[i] as number);
  }

  /** The probability of open deal `i` (its own, else its stage's). */
  probabilityOf(i: number): Decimal {
    const row = this.rows[i] as number;
    return probabilityAt(this.table, row) ?? (this.stageProbabilities[this.table.stageCodes[row] as number] as Decimal);
  }
}

/** Gives each scaled probability a slot, in order of first appearance. */
class Slots {
  private readonly direct = new Int32Array(DIRECT_KEYS).fill(-1);
  private readonly others = new Map<number, number>();

  constructor(private readonly keys: number[]) {}

  slotOf(key: number): number {
    if (key >= 0 && key < DIRECT_KEYS) {
      let slot = this.direct[key] as number;
      if (slot < 0) {
        slot = this.keys.length;
        this.keys.push(key);
        this.direct[key] = slot;
      }
      return slot;
    }
    let slot = this.others.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.keys.push(key);
      this.others.set(key, slot);
    }
    return slot;
  }
}

/**
 * Reads the open deals among `rows` (all rows when `null`) of the table: in scope, created at or
 * before asOf, not closed at asOf (settled detail 6: openness comes from the dates, not the
 * status). Deal by deal, in scan order, its probability is resolved (throwing
 * {@link UnknownStageError}) and then its amount converted (throwing what the guard throws), as
 * the per-deal computation did.
 */
function openDealsOf(
  table: DealColumns,
  rows: readonly number[] | null,
  mask: Uint8Array,
  asOf: number,
  asOfDate: Date,
  asOfDayStart: number,
  stages: ReadonlyMap<string, Decimal>,
  guard: CurrencyGuard,
): OpenDeals {
  const stageSlots = new Int32Array(table.stages.length).fill(UNRESOLVED);
  const stageProbabilities = new Array<Decimal | undefined>(table.stages.length).fill(undefined);
  const open = new OpenDeals(table, stageProbabilities);
  const slots = new Slots(open.slotKeys);
  const { ownerCodes, createdTimes, closedTimes, expectedCloseTimes, scaledProbabilities, exactProbabilities, stageCodes } = table;
  const { scaledAmounts, currencyCodes, currencies } = table;
  let guardCode = guardCurrencyCode(table, guard);
  const n = rows === null ? table.size : rows.length;
  for (let i = 0; i < n; i++) {
    const row = rows === null ? i : (rows[i] as number);
    if (mask[ownerCodes[row] as number] === 0) continue;
    if ((createdTimes[row] as number) > asOf) continue;
    // NaN (no closedAt) compares false: the deal is open.
    if ((closedTimes[row] as number) <= asOf) continue;
    // Settled detail 7: an explicit probability (0 included) overrides the stage map.
    let slot: number;
    const key = scaledProbabilities[row] as number;
    if (key === key) slot = slots.slotOf(key);
    else if (exactProbabilities.has(row)) slot = OTHER;
    else {
      const code = stageCodes[row] as number;
      slot = stageSlots[code] as number;
      if (slot === UNRESOLVED) {
        const stage = table.stages[code] as string;
        const probability = stages.get(stage);
        if (probability === undefined) throw new UnknownStageError(stage, table.ids[row] as string);
        const stageKey = scaledInteger(probability);
        slot = stageKey === undefined ? OTHER : slots.slotOf(stageKey);
        stageSlots[code] = slot;
        stageProbabilities[code] = probability;
      }
    }
    const index = open.rows.length;
    const currencyCode = currencyCodes[row] as number;
    let scaled: number;
    if (currencyCode === guardCode) scaled = scaledAmounts[row] as number;
    else {
      const currency = currencies[currencyCode] as string;
      const amount = amountAt(table, row);
      const inCurrency = guard.convert(amount, currency, asOfDate);
      if (guard.currency === currency) guardCode = currencyCode;
      if (inCurrency === amount) scaled = scaledAmounts[row] as number;
      else {
        scaled = scaledInteger(inCurrency) ?? Number.NaN;
        open.converted.set(index, inCurrency);
      }
    }
    const close = expectedCloseTimes[row] as number;
    if (close >= asOfDayStart && close > open.last) open.last = close;
    open.rows.push(row);
    open.closes.push(close);
    open.scaled.push(scaled);
    open.slots.push(slot);
  }
  return open;
}

/**
 * A running count, unweighted and weighted sum of open deals, with their ids when explaining.
 * The weighted sum adds amounts per probability (`sum(a x p) = sum over p of p x sum of its a`),
 * in order of first appearance, and multiplies each probability once; a probability with more
 * than four decimals is multiplied per deal. The property "the weighted sums against plain Decimal
 * arithmetic" holds it to the sum of the products.
 */
class Tally {
  count = 0;
  private readonly unweighted = new ExactSum();
  private readonly bySlot: (ExactSum | undefined)[];
  private readonly order: number[] = [];
  private readonly other = new ExactSum();
  readonly ids: string[] | null;

  constructor(
    private readonly open: OpenDeals,
    explain: boolean,
  ) {
    this.bySlot = new Array<ExactSum | undefined>(open.slotKeys.length).fill(undefined);
    this.ids = explain ? [] : null;
  }

  /** Adds open deal `i`. */
  add(i: number): void {
    const open = this.open;
    this.count += 1;
    const scaled = open.scaled[i] as number;
    const slot = open.slots[i] as number;
    if (scaled === scaled) this.unweighted.addScaled(scaled);
    else this.unweighted.add(open.amountOf(i));
    if (slot === OTHER) this.other.add(new Dec(open.amountOf(i)).times(open.probabilityOf(i)));
    else {
      let sum = this.bySlot[slot];
      if (sum === undefined) {
        sum = new ExactSum();
        this.bySlot[slot] = sum;
        this.order.push(slot);
      }
      if (scaled === scaled) sum.addScaled(scaled);
      else sum.add(open.amountOf(i));
    }
    if (this.ids !== null) this.ids.push(open.table.ids[open.rows[i] as number] as string);
  }

  /** The exact weighted sum: each probability multiplies its amounts' sum once (never a negative zero). */
  weighted(): Decimal {
    let total = this.other.value();
    for (const slot of this.order) {
      const key = this.open.slotKeys[slot] as number;
      if (key !== 0) total = total.plus((this.bySlot[slot] as ExactSum).value().times(key).div(SCALE_FACTOR));
    }
    return unsignedZero(total.isZero() ? ZERO : total);
  }

  unweightedValue(): Decimal {
    return this.unweighted.value();
  }

  toAmounts(): PipelineAmounts {
    const amounts = { count: this.count, unweighted: this.unweighted.value(), weighted: this.weighted() };
    return this.ids === null ? amounts : { ...amounts, explain: { dealIds: this.ids } };
  }
}

function bucketsOf(
  open: OpenDeals,
  calendar: Calendar,
  grain: PipelineGrain,
  asOf: number,
  asOfDayStart: number,
  explain: boolean,
): { buckets: PipelineBucket[]; overdue: Tally; undated: Tally } {
  const overdue = new Tally(open, explain);
  const undated = new Tally(open, explain);
  const size = open.size;
  const closes = open.closes;
  if (open.last === Number.NEGATIVE_INFINITY) {
    for (let i = 0; i < size; i++) {
      if ((closes[i] as number) !== (closes[i] as number)) undated.add(i);
      else overdue.add(i);
    }
    return { buckets: [], overdue, undated };
  }
  const first = unitAt(calendar, grain, asOf);
  const end = unitAt(calendar, grain, open.last).end;
  const units = splitRange({ start: new Date(first.start), end: new Date(end) }, grain, calendar);
  const starts = units.map((unit) => unit.start.getTime());
  const tallies = units.map(() => new Tally(open, explain));
  for (let i = 0; i < size; i++) {
    // Settled detail 8: the expected close is a day. Bucket boundaries and asOf's day start are
    // first instants of days, so comparing the instant with them compares its day.
    const close = closes[i] as number;
    if (close !== close) undated.add(i);
    else if (close < asOfDayStart) overdue.add(i);
    else (tallies[lastStartAtOrBefore(starts, close)] as Tally).add(i);
  }
  const buckets = units.map((unit, i) => ({ label: unit.label, start: unit.start, end: unit.end, ...(tallies[i] as Tally).toAmounts() }));
  return { buckets, overdue, undated };
}

/** A checked forecast request: its period and the orders it reads. */
interface CheckedForecast {
  readonly period: Period;
  readonly orders: OrderRows;
}

/**
 * Checks the forecast options (period, orders, targets, in that order); returns the checked period
 * and the orders: `groupOrders` when given (a group's rows), else the table of `input.orders`.
 */
function checkForecast(input: PipelineForecastOptions, groupOrders: OrderRows | null): CheckedForecast {
  if (typeof input !== "object" || input === null) throw new InvalidArgumentError("forecast must be an object { period, orders, targets }");
  const period = checkPeriod(input.period, "forecast.period");
  const orders = groupOrders ?? { table: orderColumnsOf(input.orders, "forecast.orders"), rows: null, mask: null };
  if (!Array.isArray(input.targets)) throw new InvalidArgumentError("forecast.targets must be an array of revenue targets");
  return { period, orders };
}

interface ForecastContext {
  readonly zone: string;
  readonly asOf: number;
  readonly asOfDayStart: number;
  readonly explain: boolean;
  readonly options: PipelineOptions;
}

function forecastOf(
  input: PipelineForecastOptions,
  checked: CheckedForecast,
  open: OpenDeals,
  scope: ScopeFilter,
  guard: CurrencyGuard,
  context: ForecastContext,
): { forecast: PipelineForecast; warnings: string[] } {
  const period = checked.period;
  const start = period.start.getTime();
  const end = period.end.getTime();
  const { zone, asOf, explain } = context;
  const warnings: string[] = [];

  // Realized: [start, min(end, asOf)), settled detail 9.
  const realizedEnd = Math.min(end, asOf);
  const realizedSum = emptyRealized(explain);
  const orders = checked.orders.table;
  const mask = checked.orders.mask ?? scope.ownerMask(orders.owners);
  sumRows(orders, checked.orders.rows, mask, start, realizedEnd, [start], [realizedSum], guard, null);

  // Window [max(start, asOf), end): a deal is in it when its expected close day is on or after
  // asOf's day and that day's first instant lies in [start, end). Both tests reduce to comparing
  // the instant with first instants of days.
  const from = Math.max(context.asOfDayStart, firstDayStartAtOrAfter(zone, start));
  const to = firstDayStartAtOrAfter(zone, end);
  const inWindow = new Tally(open, explain);
  const closes = open.closes;
  for (let i = 0; i < open.size; i++) {
    const close = closes[i] as number;
    // NaN (undated) fails both comparisons: test it first.
    if (close !== close || close < from || close >= to) continue;
    inWindow.add(i);
  }
  const realized = realizedSum.total.value();
  const countInWindow = inWindow.count;
  const unweightedInWindow = inWindow.unweightedValue();
  const weightedInWindow = inWindow.weighted();
  const window = asOf < end ? { start: new Date(Math.max(start, asOf)), end: new Date(end) } : null;
  if (window === null) warnings.push("the forecast period is over at asOf: the forecast is the realized revenue alone");

  // Target: the scope's own targets (settled detail 1), converted at their start, prorated.
  const parts: TargetPart[] = [];
  for (const target of input.targets) {
    if (!scope.ownsTarget(target)) continue;
    if (target.start.getTime() >= end || target.end.getTime() <= start) continue;
    parts.push({ id: target.id, start: target.start, end: target.end, value: guard.convert(target.amount, target.currency, target.start) });
  }
  // A canonical order, so the target ids do not depend on the order the targets were given in.
  parts.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || compareText(a.id, b.id) || a.value.comparedTo(b.value));
  const prorated = proratedTarget(parts, period, {
    timeZone: zone,
    dayCount: assertDayCount(context.options.dayCount),
    proration: context.options.proration ?? true,
  });
  const target = prorated.total;

  const forecast = realized.plus(weightedInWindow);
  const shortfall = target.minus(realized);
  const remainingTarget = shortfall.greaterThan(0) ? shortfall : ZERO;
  const coverage: Ratio<"no-target" | "no-remaining-target"> = target.isZero()
    ? { value: null, reason: "no-target", numerator: unweightedInWindow, denominator: remainingTarget }
    : ratio(unweightedInWindow, remainingTarget, "no-remaining-target");
  const result: PipelineForecast = {
    period,
    window,
    realized,
    countInWindow,
    unweightedInWindow,
    weightedInWindow,
    forecast,
    target,
    forecastAttainment: ratio(forecast, target, "no-target"),
    remainingTarget,
    coverage,
  };
  return { forecast: explain ? { ...result, explain: { orderIds: realizedSum.ids ?? [], dealIds: inWindow.ids ?? [], targetIds: prorated.ids } } : result, warnings };
}

/**
 * The pipeline of some rows of a deal table: checks every option but the deals (asOf, grain,
 * calendar, day count, stage map, scope, currency, forecast, in that order) and computes.
 *
 * @param table - the deals
 * @param rows - the rows to read, in the order to read them; `null` for every row in table order
 * @param mask - by owner code, 1 for the deals to read; `null` for the scope's owners
 * @param options - the pipeline's options
 * @param groupOrders - a group's orders for the forecast, in place of `options.forecast.orders`
 */
export function pipelineOfRows(
  table: DealColumns,
  rows: readonly number[] | null,
  mask: Uint8Array | null,
  options: PipelineOptions,
  groupOrders: OrderRows | null,
): PipelineResult {
  const asOf = instantOf(options.asOf, "asOf");
  const asOfDate = new Date(asOf);
  const grain = assertPipelineGrain(options.grain);
  const calendar = resolveCalendar(options);
  assertDayCount(options.dayCount);
  if (options.stageProbabilities === undefined) throw new InvalidArgumentError("stageProbabilities is required (use {} when every deal has its own probability)");
  const stages = stageProbabilityMap(options.stageProbabilities);
  const scope = resolveScope(options.scope, options.sellers);
  const explain = options.explain === true;
  const guard = new CurrencyGuard(options);
  const zone = calendar.timeZone;
  const asOfDayStart = startOfDayContaining(zone, asOf);
  const checkedForecast = options.forecast === undefined ? null : checkForecast(options.forecast, groupOrders);

  const open = openDealsOf(table, rows, mask ?? scope.ownerMask(table.owners), asOf, asOfDate, asOfDayStart, stages, guard);
  const totals = new Tally(open, explain);
  for (let i = 0; i < open.size; i++) totals.add(i);
  const { buckets, overdue, undated } = bucketsOf(open, calendar, grain, asOf, asOfDayStart, explain);

  let forecast: PipelineForecast | null = null;
  const warnings: string[] = [];
  if (options.forecast !== undefined && checkedForecast !== null) {
    const computed = forecastOf(options.forecast, checkedForecast, open, scope, guard, { zone, asOf, asOfDayStart, explain, options });
    forecast = computed.forecast;
    warnings.push(...computed.warnings);
  }

  return {
    indicator: "pipeline",
    unit: "money",
    currency: guard.currency,
    asOf: asOfDate,
    grain,
    scope: scope.scope,
    totals: totals.toAmounts(),
    buckets,
    overdue: overdue.toAmounts(),
    undated: undated.toAmounts(),
    forecast,
    warnings,
  };
}
