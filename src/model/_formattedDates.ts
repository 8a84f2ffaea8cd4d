/**
 * Date texts in a caller's format (`dd/MM/yyyy`, `dd/MM/yyyy HH:mm`): date-fns `parse` reads the
 * calendar fields (strictly: `31/02/2026` or trailing text is no date), as a wall clock with no
 * zone, then the ISO path's local-time resolution (`localInstant`) gives the instant in the
 * reporting zone, with the same DST gap, fold and bounds rules as an ISO local date.
 *
 * @internal
 * @module
 */
import { parse, format as formatDate } from "date-fns";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { localInstant, MAX_DATE_LENGTH } from "../period/_instantText.js";

/** A checked date format. */
export interface DateFormat {
  /** The date-fns pattern. */
  readonly pattern: string;
  /** Whether it reads a time of day (else a date is the start of its day). */
  readonly hasTime: boolean;
}

/** Longest pattern accepted. */
const MAX_PATTERN_LENGTH = 64;
/** Tokens of a local date or date-time: year, month, day, hours, AM/PM, minutes, seconds, fraction. */
const DATE_LETTERS = "yMd";
const TIME_LETTERS = "HhKkamsS";
/**
 * A `Date` whose local fields are its UTC fields: date-fns reads and sets the fields of the dates
 * it builds through the local methods, so with this class it reads a wall clock that no zone's DST
 * (the process's included) can shift. Ten times cheaper per call than a `TZDate` in UTC.
 */
class WallDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  // Only the arguments given are passed on: an explicit `undefined` would make the date invalid.
  override setFullYear(...args: [number, number?, number?]): number {
    return Date.prototype.setUTCFullYear.apply(this, args as [number]);
  }
  override setMonth(...args: [number, number?]): number {
    return Date.prototype.setUTCMonth.apply(this, args as [number]);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return Date.prototype.setUTCHours.apply(this, args as [number]);
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return Date.prototype.setUTCMinutes.apply(this, args as [number]);
  }
  override setSeconds(...args: [number, number?]): number {
    return Date.prototype.setUTCSeconds.apply(this, args as [number]);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** Parsing and formatting with {@link WallDate}s reads and writes the wall clock. */
const IN_UTC = {
  in: (value: Date | number | string): WallDate => new WallDate(value instanceof Date ? value.getTime() : value),
};
/** Fields the pattern does not name come from here (2000-01-01 00:00 UTC); `yy` is read as 1950-2049. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** A date whose every field differs, to check a pattern reads what it writes. */
const SAMPLE = new Date(Date.UTC(2026, 10, 23, 13, 45, 56, 700));

/** The letters of a pattern's tokens, outside quoted text. */
function patternLetters(pattern: string): string[] {
  const letters: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const character = pattern.charAt(i);
    if (character === "'") {
      // Quoted text runs to the next lone quote; '' is a quote.
      i++;
      while (i < pattern.length && !(pattern.charAt(i) === "'" && pattern.charAt(i + 1) !== "'"))
        i += pattern.charAt(i) === "'" ? 2 : 1;
      continue;
    }
    if (/[A-Za-z]/.test(character)) letters.push(character);
  }
  return letters;
}

/** The sample date cut to the finest unit the pattern reads (what reading back must give). */
function expectedSample(letters: readonly string[]): number {
  const time = SAMPLE.getTime();
  if (letters.includes("S")) return time;
  const unit = letters.includes("s")
    ? 1000
    : letters.includes("m")
      ? 60_000
      : letters.some((letter) => "HhKk".includes(letter))
        ? 3_600_000
        : 86_400_000;
  return time - (time % unit);
}

function readsBack(pattern: string, letters: readonly string[]): boolean {
  try {
    const read = parse(formatDate(SAMPLE, pattern, IN_UTC), pattern, REFERENCE, IN_UTC).getTime();
    return read === expectedSample(letters);
  } catch {
    return false;
  }
}

/**
 * Checks the `dateFormat` option: a date-fns pattern of a local date (`y`, `M`, `d`) or date-time
 * (with `H`, `h`, `K`, `k`, `a`, `m`, `s`, `S`), that reads back the dates it writes.
 *
 * @throws InvalidArgumentError otherwise (offset and week tokens included: the zone is `timeZone`'s)
 */
export function resolveDateFormat(value: unknown): DateFormat | null {
  if (value === undefined) return null;
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_PATTERN_LENGTH) {
    throw new InvalidArgumentError(
      `dateFormat must be a date-fns pattern such as "dd/MM/yyyy" (1 to ${MAX_PATTERN_LENGTH} characters), not ${describeValue(value)}`,
    );
  }
  const letters = patternLetters(value);
  const other = letters.find((letter) => !DATE_LETTERS.includes(letter) && !TIME_LETTERS.includes(letter));
  if (other !== undefined) {
    throw new InvalidArgumentError(
      `dateFormat ${JSON.stringify(value)} uses the token ${JSON.stringify(other)}: only y, M, d, H, h, K, k, a, m, s and S are read (a local date or date-time; quote other letters with ')`,
    );
  }
  for (const letter of DATE_LETTERS) {
    if (!letters.includes(letter))
      throw new InvalidArgumentError(
        `dateFormat ${JSON.stringify(value)} has no ${letter} token: a date needs its year (y), month (M) and day (d)`,
      );
  }
  const hasTime = letters.some((letter) => TIME_LETTERS.includes(letter));
  if (!readsBack(value, letters)) {
    throw new InvalidArgumentError(
      `dateFormat ${JSON.stringify(value)} cannot read back the dates it writes (e.g. h without a, or H with a)`,
    );
  }
  return { pattern: value, hasTime };
}

/**
 * The instant (epoch ms) a text in `format` denotes in `zone` (already checked), or why it is
 * rejected. Padded texts are rejected, as amounts are.
 */
export function instantOfFormattedText(raw: string, format: DateFormat, zone: string): number | string {
  if (raw.length > MAX_DATE_LENGTH) return `a date has at most ${MAX_DATE_LENGTH} characters`;
  const wall = raw.trim() === raw ? parse(raw, format.pattern, REFERENCE, IN_UTC).getTime() : Number.NaN;
  if (Number.isNaN(wall))
    return `${JSON.stringify(raw)} is not a date in the format ${JSON.stringify(format.pattern)} (or not a calendar date)`;
  return localInstant(zone, wall, format.hasTime, raw);
}

/** Most texts a {@link formattedTextReader} remembers before it starts afresh. */
const MAX_REMEMBERED = 4096;

/**
 * {@link instantOfFormattedText} for one format and zone, remembering its last answers: an export
 * repeats its dates (a day per row of that day), and date-fns reads a text in microseconds where a
 * lookup takes nanoseconds. The answers are the same; only the time changes.
 */
export function formattedTextReader(format: DateFormat, zone: string): (raw: string) => number | string {
  const remembered = new Map<string, number | string>();
  return (raw) => {
    let answer = remembered.get(raw);
    if (answer === undefined) {
      answer = instantOfFormattedText(raw, format, zone);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(raw, answer);
    }
    return answer;
  };
}
