/**
 * Options of the sample generator, their validation, and the shared state every part of the
 * generator reads (sellers, customers, months, the story's seller and months).
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { Seller } from "../model/types.js";
import { createRng, type Rng } from "./prng.js";
import { businessDays, monthStartMs } from "./time.js";
import { FIRST_NAMES, KEY_ACCOUNTS_TEAM, LAST_NAMES, SELLER_NAMES, TEAMS } from "./vocabulary.js";

/**
 * Options of {@link generateSampleDataset}; every field is optional.
 *
 * @example
 * ```ts
 * const options: SampleDatasetOptions = { seed: 7, start: new Date("2024-01-01T00:00:00Z"), years: 3, sellers: 12 };
 * ```
 * @category Sample
 */
export interface SampleDatasetOptions {
  /** Seed of the generator, a safe integer. Same seed, same data, on every machine. Default {@link SAMPLE_DEFAULT_SEED}. */
  readonly seed?: number;
  /** First instant of the data: the first instant of a UTC month. Default `2025-01-01T00:00:00Z`. */
  readonly start?: Date;
  /** Number of years of data, an integer from 1 to 10. Default 2. */
  readonly years?: number;
  /** Number of sellers, an integer from 1 to 10,000, split into 3 teams. Default 8. */
  readonly sellers?: number;
  /** Number of orders (credit notes included), an integer from 0 to 20,000,000. Default 2,000 per year. */
  readonly orders?: number;
  /** Number of deals, an integer from 0 to 10,000,000. Default 300 per year. */
  readonly deals?: number;
  /** Number of activities, an integer from 0 to 50,000,000. Default 3,000 per year. */
  readonly activities?: number;
  /**
   * Whether to generate the extended catalogue's records too (deal history, offers, prospects,
   * requests, deliveries, complaints, penalties, survey responses). Default `true`; `false` leaves
   * those arrays empty (the benchmark, which reads the headline records only).
   */
  readonly extended?: boolean;
}

/**
 * The seed used when none is given.
 *
 * @example
 * ```ts
 * SAMPLE_DEFAULT_SEED; //=> 42
 * ```
 * @category Sample
 */
export const SAMPLE_DEFAULT_SEED = 42;

/** Stream numbers: each part of the dataset draws from its own stream. */
export const STREAM = { sellers: 0, orders: 1, deals: 2, activities: 3, targets: 4 } as const;

/** The state shared by the generator's parts. */
export interface Context {
  readonly seed: number;
  readonly startYear: number;
  readonly startMonth: number;
  readonly years: number;
  /** Number of months, `12 x years`. */
  readonly months: number;
  readonly startMs: number;
  readonly endMs: number;
  /** `monthStarts[m]` = first instant of month `m`; `monthStarts[months]` = `endMs`. */
  readonly monthStarts: Float64Array;
  readonly sellers: readonly Seller[];
  readonly sellerCount: number;
  readonly sellerIds: readonly string[];
  /** Team index of each seller (into {@link TEAMS}). */
  readonly sellerTeam: Int32Array;
  readonly isKeyAccount: readonly boolean[];
  /** Each seller's own volume factor, in [0.8, 1.2]. */
  readonly sellerVigour: Float64Array;
  readonly orderCount: number;
  readonly dealCount: number;
  readonly activityCount: number;
  /** Customer ids; customer `c` belongs to seller `c % sellerCount`. */
  readonly customerIds: readonly string[];
  /** Prospect ids (not yet customers), shared by deals and qualified leads. */
  readonly prospectIds: readonly string[];
  /** The seller whose results drop, and the month (index) the drop starts. */
  readonly underperformer: number;
  readonly dropMonth: number;
  /** The seller who loses a burst of deals, and the month (index) it happens. */
  readonly spikeSeller: number;
  readonly spikeMonth: number;
  /** The month (index) whose 15th is the demo's `asOf`: after the drop and the spike. */
  readonly asOfMonth: number;
  /** Business days (UTC midnights) of month `m`, computed once. */
  businessDaysOf(m: number): readonly number[];
  /** Month index of an instant inside the range. */
  monthOf(ms: number): number;
  /** A customer index of seller `s`, favouring loyal customers; the pool grows over time. */
  pickCustomer(rng: Rng, s: number, ms: number): number;
}

const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  "seed",
  "start",
  "years",
  "sellers",
  "orders",
  "deals",
  "activities",
  "extended",
]);

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `sample option ${name} must be an integer from ${min} to ${max}, got ${typeof value === "number" ? String(value) : typeof value}`,
    );
  }
  return value;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function sellerName(i: number): string {
  const named = SELLER_NAMES[i];
  if (named !== undefined) return named;
  const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length] as string;
  return `${first} ${last}`;
}

/**
 * Validates the options and builds the shared state.
 *
 * @param options - the caller's options
 * @returns the generator's context
 * @throws {@link InvalidArgumentError} when an option is out of range or of the wrong type
 * @example
 * ```ts
 * createContext({ sellers: 3 }).sellerIds; //=> ["s-01", "s-02", "s-03"]
 * ```
 */
export function createContext(options: SampleDatasetOptions | undefined): Context {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new InvalidArgumentError("sample options must be an object");
  }
  const o = options ?? {};
  for (const key of Object.keys(o)) {
    if (!KNOWN_OPTIONS.has(key)) {
      throw new InvalidArgumentError(
        `unknown sample option ${JSON.stringify(key)} (known: ${[...KNOWN_OPTIONS].join(", ")})`,
      );
    }
  }
  const seed = o.seed ?? SAMPLE_DEFAULT_SEED;
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(`sample option seed must be a safe integer, got ${String(seed)}`);
  }
  const start = o.start ?? new Date(Date.UTC(2025, 0, 1));
  if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
    throw new InvalidArgumentError("sample option start must be a valid Date");
  }
  const startMs = start.getTime();
  const startDate = new Date(startMs);
  const startYear = startDate.getUTCFullYear();
  const startMonth = startDate.getUTCMonth();
  if (monthStartMs(startYear, startMonth, 0) !== startMs) {
    throw new InvalidArgumentError(
      `sample option start must be the first instant of a UTC month (e.g. 2025-01-01T00:00:00Z), got ${startDate.toISOString()}`,
    );
  }
  if (startYear < 1900 || startYear > 2189) {
    throw new InvalidArgumentError(`sample option start must be between 1900 and 2189, got ${startDate.toISOString()}`);
  }
  const years = integerOption("years", o.years, 2, 1, 10);
  const sellerCount = integerOption("sellers", o.sellers, 8, 1, 10_000);
  const orderCount = integerOption("orders", o.orders, 2000 * years, 0, 20_000_000);
  const dealCount = integerOption("deals", o.deals, 300 * years, 0, 10_000_000);
  const activityCount = integerOption("activities", o.activities, 3000 * years, 0, 50_000_000);

  const months = 12 * years;
  const monthStarts = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) monthStarts[m] = monthStartMs(startYear, startMonth, m);
  const endMs = monthStarts[months] as number;

  const rng = createRng(seed, STREAM.sellers);
  const idWidth = Math.max(2, String(sellerCount).length);
  const sellers: Seller[] = [];
  const sellerIds: string[] = [];
  const sellerTeam = new Int32Array(sellerCount);
  const isKeyAccount: boolean[] = [];
  const sellerVigour = new Float64Array(sellerCount);
  for (let i = 0; i < sellerCount; i++) {
    const id = `s-${pad(i + 1, idWidth)}`;
    const team = Math.floor((i * TEAMS.length) / sellerCount);
    sellers.push({ id, name: sellerName(i), teamId: TEAMS[team] });
    sellerIds.push(id);
    sellerTeam[i] = team;
    isKeyAccount.push(team === KEY_ACCOUNTS_TEAM);
    sellerVigour[i] = 0.8 + 0.4 * rng.next();
  }

  const customerCount = Math.max(3 * sellerCount, Math.ceil(orderCount / 12));
  const customerWidth = Math.max(4, String(customerCount).length);
  const customerIds: string[] = new Array<string>(customerCount);
  for (let c = 0; c < customerCount; c++) customerIds[c] = `c-${pad(c + 1, customerWidth)}`;
  const prospectCount = Math.max(20, Math.ceil(dealCount / 2));
  const prospectWidth = Math.max(4, String(prospectCount).length);
  const prospectIds: string[] = new Array<string>(prospectCount);
  for (let p = 0; p < prospectCount; p++) prospectIds[p] = `p-${pad(p + 1, prospectWidth)}`;

  const daysCache: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(months);
  const businessDaysOf = (m: number): readonly number[] => {
    let days = daysCache[m];
    if (days === undefined) {
      days = businessDays(monthStarts[m] as number, monthStarts[m + 1] as number);
      daysCache[m] = days;
    }
    return days;
  };
  const monthOf = (ms: number): number => {
    let lo = 0;
    let hi = months - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((monthStarts[mid] as number) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const span = endMs - startMs;
  const pickCustomer = (r: Rng, s: number, ms: number): number => {
    const own = Math.floor((customerCount - 1 - s) / sellerCount) + 1;
    const grown = 0.55 + (0.45 * Math.min(Math.max(ms - startMs, 0), span)) / span;
    const available = Math.max(1, Math.ceil(own * grown));
    const u = r.next();
    return s + Math.floor(u * u * available) * sellerCount;
  };

  return {
    seed,
    startYear,
    startMonth,
    years,
    months,
    startMs,
    endMs,
    monthStarts,
    sellers,
    sellerCount,
    sellerIds,
    sellerTeam,
    isKeyAccount,
    sellerVigour,
    orderCount,
    dealCount,
    activityCount,
    customerIds,
    prospectIds,
    underperformer: Math.min(2, sellerCount - 1),
    dropMonth: years >= 2 ? 14 : 5,
    spikeSeller: Math.min(5, sellerCount - 1),
    spikeMonth: years >= 2 ? 15 : 8,
    asOfMonth: 12 * (years - 1) + (years >= 2 ? 5 : 9),
    businessDaysOf,
    monthOf,
    pickCustomer,
  };
}

/**
 * An exact 2-decimal amount from integer cents, built from a string (no binary floating point).
 *
 * @param cents - an integer number of cents, may be negative
 * @returns the amount as a `Decimal` (e.g. 123450 -> 1234.5)
 * @throws never
 * @example
 * ```ts
 * centsToDecimal(-1205).toFixed(2); //=> "-12.05"
 * ```
 */
export function centsToDecimal(cents: number): Decimal {
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const units = Math.floor(abs / 100);
  const rest = abs - units * 100;
  // Copying a parsed Decimal gives it an exactly sized digit array (parsing leaves a 17-slot one):
  // about 150 bytes less per amount, which matters for millions of records.
  return new Dec(new Dec(`${negative ? "-" : ""}${units}.${rest < 10 ? "0" : ""}${rest}`));
}

/**
 * A skewed random multiplier with mean about 1.06 (many small amounts, a few large ones), built
 * from products of uniforms only so it is the same on every engine.
 *
 * @param rng - the random stream
 * @returns a number in [0.35, 2.85)
 * @throws never
 * @example
 * ```ts
 * skewedFactor(createRng(1, 0)); //=> 1.090148417895203
 * ```
 */
export function skewedFactor(rng: Rng): number {
  const u = rng.next();
  const v = rng.next();
  const v2 = v * v;
  return 0.35 + u + 1.5 * v2 * v2 * v2;
}

const ZEROS = "0000000000000000";

/**
 * An id: a prefix and a zero-padded number, built without intermediate strings.
 *
 * @param prefix - e.g. `"o-"`
 * @param n - a positive integer
 * @param width - minimum number of digits (at most 16)
 * @returns e.g. `"o-000042"`
 * @throws never
 * @example
 * ```ts
 * padId("o-", 42, 6); //=> "o-000042"
 * ```
 */
export function padId(prefix: string, n: number, width: number): string {
  const digits = String(n);
  return digits.length >= width ? prefix + digits : prefix + ZEROS.slice(0, width - digits.length) + digits;
}

/**
 * Zero-pads an integer.
 *
 * @param n - a non-negative integer
 * @param width - minimum number of digits
 * @returns the padded digits
 * @throws never
 * @example
 * ```ts
 * padNumber(7, 3); //=> "007"
 * ```
 */
export function padNumber(n: number, width: number): string {
  return pad(n, width);
}
