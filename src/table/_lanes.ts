/**
 * Lanes: how the table parsers read a raw field straight into what a column stores (a string, a
 * number of epoch milliseconds, an amount scaled to a safe integer), without building the record's
 * `Decimal` or `Date`. Each lane accepts a subset of what the field's reader accepts, giving the
 * same value; for anything else it answers {@link NEEDS_READER} and the row goes through the
 * record parser, which accepts it or names its problems. A property test holds the table parsers
 * equal to `orderTable(parseOrders(rows).records)` and its siblings, errors included.
 *
 * @internal
 * @module
 */
import { FAST_SCALE, SCALE_FACTOR } from "../money/exactSum.js";
import { startOfDayContaining } from "../period/zone.js";
import { isAbsent, laneOf, type FieldLane } from "../model/_fields.js";
import { MISSING, type FastPlan } from "../model/_fastRows.js";
import { isCurrencyCode } from "../money/currency.js";
import { MAX_AMOUNT_LENGTH } from "../money/decimal.js";
import { instantOfText } from "../period/_instantText.js";
import { formattedTextReader, type DateFormat } from "../model/_formattedDates.js";

/** What a lane answers when the field's reader must decide. */
const NEEDS_READER: unique symbol = Symbol("needs-reader");

/** Reads one raw (present, non-empty) value, or answers {@link NEEDS_READER}. */
export type Lane = (raw: unknown) => unknown;

/** Largest integer part whose scaled value stays a safe integer. */
const MAX_INTEGER_PART = Math.floor(Number.MAX_SAFE_INTEGER / SCALE_FACTOR);
const MINUS = 45;
const ZERO_CODE = 48;
const NINE_CODE = 57;

/**
 * `x x 10^FAST_SCALE` of a decimal text `-?digits(.digits)?` (`,` with `decimalComma`): what
 * `scaledInteger(toDecimal(text))` gives, for the texts `tryParseAmount` accepts and whose value has
 * at most four decimals and a safe scaled form; `NaN` for every other text.
 */
function scaledDecimalText(raw: string, separator: number): number {
  const length = raw.length;
  if (length === 0 || length > MAX_AMOUNT_LENGTH) return Number.NaN;
  let i = raw.charCodeAt(0) === MINUS ? 1 : 0;
  const negative = i === 1;
  let integer = 0;
  const integerStart = i;
  for (; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code < ZERO_CODE || code > NINE_CODE) break;
    integer = integer * 10 + (code - ZERO_CODE);
    // Past the safe range the sum would round: leave such texts to the reader.
    if (integer > MAX_INTEGER_PART) return Number.NaN;
  }
  if (i === integerStart) return Number.NaN;
  let fraction = 0;
  let fractionDigits = 0;
  if (i < length) {
    if (raw.charCodeAt(i) !== separator) return Number.NaN;
    i++;
    const fractionStart = i;
    for (; i < length; i++) {
      const code = raw.charCodeAt(i);
      if (code < ZERO_CODE || code > NINE_CODE) return Number.NaN;
      if (fractionDigits < FAST_SCALE) {
        fraction = fraction * 10 + (code - ZERO_CODE);
        fractionDigits++;
      } else if (code !== ZERO_CODE) return Number.NaN;
    }
    if (i === fractionStart) return Number.NaN;
  }
  for (; fractionDigits < FAST_SCALE; fractionDigits++) fraction *= 10;
  const scaled = integer * SCALE_FACTOR + fraction;
  if (scaled > Number.MAX_SAFE_INTEGER) return Number.NaN;
  // A zero amount is 0, never -0 (tryParseAmount returns Decimal 0 for "-0").
  return negative && scaled !== 0 ? -scaled : scaled;
}

function textLane(max: number): Lane {
  return (raw) => {
    if (typeof raw !== "string" || raw.length > max) return NEEDS_READER;
    const first = raw.charCodeAt(0);
    // A printable ASCII first character cannot be trimmed away; others ask trim(), as the reader does.
    if ((first > 32 && first < 127) || raw.trim().length > 0) return raw;
    return NEEDS_READER;
  };
}

function decimalLane(separator: number, min: number | undefined, max: number | undefined): Lane {
  const low = min === undefined ? -Infinity : min * SCALE_FACTOR;
  const high = max === undefined ? Infinity : max * SCALE_FACTOR;
  return (raw) => {
    let scaled: number;
    if (typeof raw === "string") scaled = scaledDecimalText(raw, separator);
    // A whole number (JSON gives durations and counts as numbers) is read as tryParseAmount reads it, -0 as 0.
    else if (typeof raw === "number" && Number.isInteger(raw) && Math.abs(raw) <= MAX_INTEGER_PART)
      scaled = raw === 0 ? 0 : raw * SCALE_FACTOR;
    else return NEEDS_READER;
    return scaled >= low && scaled <= high ? scaled : NEEDS_READER;
  };
}

function instantLane(timeZone: string, calendarDay: boolean, dateFormat: DateFormat | null): Lane {
  const readFormatted = dateFormat === null ? null : formattedTextReader(dateFormat, timeZone);
  // The last text read and its value: exports sorted by date repeat a date on many consecutive rows
  // (9 rows in 10 in the benchmark's activities), and a comparison costs less than a reading.
  let lastText: string | null = null;
  let lastValue = 0;
  return (raw) => {
    if (typeof raw !== "string") return NEEDS_READER;
    if (raw === lastText) return lastValue;
    // The reader's own reading of a text, so the lane and the reader cannot disagree.
    const time = readFormatted === null ? instantOfText(raw, timeZone) : readFormatted(raw);
    if (typeof time === "string") return NEEDS_READER;
    lastValue = calendarDay ? startOfDayContaining(timeZone, time) : time;
    lastText = raw;
    return lastValue;
  };
}

function currencyLane(): Lane {
  let last = "";
  return (raw) => {
    if (raw === last) return raw;
    if (!isCurrencyCode(raw)) return NEEDS_READER;
    last = raw;
    return raw;
  };
}

function laneFor(lane: FieldLane): Lane {
  switch (lane.kind) {
    case "text":
      return textLane(lane.max);
    case "enum": {
      const values = lane.values;
      return (raw) => (typeof raw === "string" && values.has(raw) ? raw : NEEDS_READER);
    }
    case "decimal":
      return decimalLane(lane.decimalComma ? 44 : 46, lane.min, lane.max);
    case "instant":
      return instantLane(lane.timeZone, false, lane.dateFormat);
    case "calendar-day":
      return instantLane(lane.timeZone, true, lane.dateFormat);
    case "currency":
      return currencyLane();
  }
}

/** The lanes of a schema's fields, in its key order. */
export interface LanePlan {
  readonly lanes: readonly Lane[];
  readonly optional: readonly boolean[];
}

const lanePlans = new WeakMap<FastPlan, LanePlan | null>();

/** The lane plan of a fast plan, or `null` when a field has no lane. Built once per schema. */
export function lanePlanOf(plan: FastPlan): LanePlan | null {
  let lanePlan = lanePlans.get(plan);
  if (lanePlan === undefined) {
    const lanes: Lane[] = [];
    for (const reader of plan.readers) {
      const lane = laneOf(reader);
      if (lane === undefined) break;
      lanes.push(laneFor(lane));
    }
    lanePlan = lanes.length === plan.readers.length ? { lanes, optional: plan.optional } : null;
    lanePlans.set(plan, lanePlan);
  }
  return lanePlan;
}

/**
 * Reads a row's values (from `readRowValues`) through the lanes into `out` (`undefined` for an
 * absent optional field). Returns `false` as soon as a field needs its reader (or a required field
 * is absent): the row then goes through the record parser.
 */
export function readLanes(plan: LanePlan, values: readonly unknown[], out: unknown[]): boolean {
  const { lanes, optional } = plan;
  for (let i = 0; i < lanes.length; i++) {
    const raw = values[i];
    if (raw === MISSING || isAbsent(raw)) {
      if (!optional[i]) return false;
      out[i] = undefined;
      continue;
    }
    const value = (lanes[i] as Lane)(raw);
    if (value === NEEDS_READER) return false;
    out[i] = value;
  }
  return true;
}
