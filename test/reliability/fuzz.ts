/**
 * The fuzz properties (issue "Reliability", part 3), shared by the test suite
 * (`fuzz.test-prop.ts`, a few hundred runs each) and the nightly script (`fuzzMain.ts`,
 * `npm run fuzz`, many more runs).
 *
 * Every property feeds wild input to one public function of the library: arbitrary JSON values
 * (with own `__proto__` keys, as `JSON.parse` builds them), NaN and extreme dates, wrong types.
 * Each call must return a result or throw one of the library's own errors (`isCrmKpiError`), never
 * anything else; an indicator's result must also read back from its JSON (`resultFromJSON`), which
 * shows it holds no `NaN`, `Infinity` or invalid date. After the calls no global may have changed
 * (`@fast-check/poisoning`).
 *
 * Indicators get (a) records obtained by parsing fuzzed rows, so they are valid domain records
 * (indicators trust records, spec section 1), and (b) valid options with wild values merged over
 * them (`fuzzedOptions`).
 */
// The library and settleGlobals are loaded before @fast-check/poisoning, whose snapshot of the
// globals is taken when it is first loaded: zod registers its own globals (`__zod_globalConfig`...)
// when it loads, and Node's lazy globals change when first read.
import {
  activityRate,
  activityRateGrouped,
  activityRateSeries,
  ActivityRateSeriesResultSchema,
  ActivityRateGroupedResultSchema,
  ActivityRateResultSchema,
  countDays,
  createExchangeRates,
  createPeriod,
  elapsedFraction,
  getIndicator,
  isCrmKpiError,
  MissingFieldsError,
  lostDeals,
  lostDealsGrouped,
  LostDealsGroupedResultSchema,
  LostDealsResultSchema,
  parseActivities,
  parseActivityTable,
  parseActivityTargets,
  parseDeals,
  parseDealTable,
  parseExpenseTable,
  parseInstant,
  parseOrders,
  parseOrderTable,
  parseRevenueTargets,
  parseSellers,
  periodContaining,
  pipeline,
  pipelineGrouped,
  pipelineSeries,
  PipelineSeriesResultSchema,
  PipelineGroupedResultSchema,
  PipelineResultSchema,
  prorate,
  resultFromJSON,
  revenuePerSeller,
  RevenuePerSellerResultSchema,
  revenueVsTarget,
  revenueVsTargetGrouped,
  RevenueVsTargetGroupedResultSchema,
  RevenueVsTargetResultSchema,
  revenueVsTargetSeries,
  RevenueVsTargetSeriesResultSchema,
  rollingWindow,
  rollUpTargets,
  splitRange,
  stageProbabilityMap,
  sumByCurrency,
  sumMoney,
  toDecimal,
  tryParseAmount,
  tryParseInstant,
  type ParseOptions,
  type ParseResult,
  type TableParseResult,
} from "../../src/index.js";
import "./settleGlobals.js";
import { assertNoPoisoning, restoreGlobals } from "@fast-check/poisoning";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import type * as z from "zod";
import {
  activityRow,
  activityTargetRow,
  asOf,
  commonOptions,
  dateValue,
  dealRow,
  expenseRow,
  EXTENDED_PARSERS,
  fuzzedOptions,
  grain,
  jsonValue,
  mostly,
  orderRow,
  PARSERS,
  period,
  revenueTargetRow,
  rowsOf,
  sellerRow,
  stageProbabilities,
  targetOptions,
  wildValue,
  zone,
  type Parser,
} from "./arbitraries.js";

/** One fuzz property: a name for the report and the fast-check property. */
export interface FuzzProperty {
  /** What is fuzzed, e.g. `"pipeline"`. */
  readonly name: string;
  /** The property; run it with `fc.assert` or `fc.check`. */
  readonly property: fc.IProperty<[unknown]>;
}

/** How often the properties run the full poisoning check. */
export interface FuzzSettings {
  /** Run `assertNoPoisoning` after every n-th call (1: after each). Cheaper checks of the usual targets run after every call. */
  readonly fullPoisoningCheckEvery: number;
  /** Globals the test runner itself changes (vitest's `__vitest_worker__`...), left out of the poisoning checks. */
  readonly ignoredRootRegex?: RegExp;
}

// A `__proto__` row must never reach Object.prototype and friends: a cheap check after each call.
const WATCHED: readonly (readonly [string, object])[] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["Map.prototype", Map.prototype],
  ["globalThis", globalThis],
];
const watchedKeys = WATCHED.map(([, target]) => Reflect.ownKeys(target).length);

function checkWatchedPrototypes(settings: FuzzSettings): void {
  WATCHED.forEach(([name, target], index) => {
    if (Reflect.ownKeys(target).length !== watchedKeys[index]) {
      restoreGlobals(poisoningOptions(settings));
      throw new Error(`${name} gained or lost a property`);
    }
  });
}

function poisoningOptions(settings: FuzzSettings): { ignoredRootRegex?: RegExp } {
  return settings.ignoredRootRegex === undefined ? {} : { ignoredRootRegex: settings.ignoredRootRegex };
}

function checkAllGlobals(settings: FuzzSettings): void {
  try {
    assertNoPoisoning(poisoningOptions(settings));
  } catch (error) {
    restoreGlobals(poisoningOptions(settings));
    throw error;
  }
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `a non-Error value (${typeof error})`;
}

/**
 * Throws when a returned value holds an invalid Date, a non-finite number or a non-finite Decimal
 * (spec section 1: `NaN` and `Infinity` never appear in a result). Walks plain objects, arrays and
 * Maps, each once.
 */
function expectFinite(value: unknown, path = "result", seen = new Set<object>()): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${String(value)}`);
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${path} is an invalid Date`);
    return;
  }
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw new Error(`${path} is the Decimal ${value.toString()}`);
    return;
  }
  if (value instanceof Map) {
    for (const [key, item] of value) expectFinite(item, `${path}.get(${JSON.stringify(String(key))})`, seen);
    return;
  }
  for (const [key, item] of Object.entries(value)) expectFinite(item, `${path}.${key}`, seen);
}

/**
 * A property that calls `invoke` on each generated value: the call returns (with no NaN, Infinity
 * or invalid Date in its result, and `check` accepting it) or throws a CrmKpiError; then no global
 * has changed.
 */
export function fuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  invoke: (value: T) => unknown,
  settings: FuzzSettings,
  check?: (result: unknown, input: T) => void,
): FuzzProperty {
  let calls = 0;
  const property = fc.property(arbitrary, (value) => {
    let result: unknown;
    let returned = false;
    try {
      result = invoke(value);
      returned = true;
    } catch (error) {
      if (!isCrmKpiError(error))
        throw new Error(`${name} threw ${describeThrown(error)}, which is not one of crm-kpi's errors`, {
          cause: error,
        });
    }
    if (returned) {
      expectFinite(result);
      check?.(result, value);
    }
    checkWatchedPrototypes(settings);
    calls += 1;
    if (calls % settings.fullPoisoningCheckEvery === 0) checkAllGlobals(settings);
  });
  return { name, property: property };
}

/** The result writes to JSON and reads back with the indicator's schema: no NaN, Infinity or invalid date in it. */
export function roundTrips(schema: z.ZodType): (result: unknown) => void {
  return (result) => {
    const text = JSON.stringify(result);
    try {
      resultFromJSON(schema, text);
    } catch (error) {
      throw new Error(`the result does not read back from its JSON: ${describeThrown(error)}\n${text.slice(0, 2000)}`, {
        cause: error,
      });
    }
  };
}

/** A parse function's result partitions its input (part 2's invariant, checked on wild input too). */
function partitions(rows: readonly unknown[]): (result: unknown) => void {
  return (result) => {
    const parsed = result as ParseResult<unknown>;
    if (parsed.inputCount !== rows.length || parsed.records.length + parsed.errors.length !== rows.length) {
      throw new Error(
        `records (${parsed.records.length}) + errors (${parsed.errors.length}) != input rows (${rows.length})`,
      );
    }
  };
}

/** What a table parser's result shows of itself: the table is opaque (its columns hold NaN for absent dates), so its size stands for it. */
interface TableParseSummary {
  readonly size: number;
  readonly errors: readonly unknown[];
  readonly inputCount: number;
}

function summary(parsed: TableParseResult<{ readonly size: number }>): TableParseSummary {
  return { size: parsed.table.size, errors: parsed.errors, inputCount: parsed.inputCount };
}

/** A table parser's result partitions its input too: the table's rows and the errors. */
function tablePartitions(rows: readonly unknown[]): (result: unknown) => void {
  return (result) => {
    const parsed = result as TableParseSummary;
    if (parsed.inputCount !== rows.length || parsed.size + parsed.errors.length !== rows.length) {
      throw new Error(`table rows (${parsed.size}) + errors (${parsed.errors.length}) != input rows (${rows.length})`);
    }
  };
}

type TableParser = (rows: readonly unknown[], options?: ParseOptions) => TableParseResult<{ readonly size: number }>;

const TABLE_PARSERS: readonly (readonly [string, TableParser, fc.Arbitrary<Record<string, unknown>>])[] = [
  ["parseOrderTable", parseOrderTable, orderRow],
  ["parseDealTable", parseDealTable, dealRow],
  ["parseActivityTable", parseActivityTable, activityRow],
  ["parseExpenseTable", parseExpenseTable, expenseRow],
];

const parseOptionsBase = fc.record(
  {
    timeZone: zone,
    decimalComma: fc.boolean(),
    mode: fc.constantFrom("collect", "fail-fast"),
    unknownKeys: fc.constantFrom("ignore", "reject"),
    thousandsSeparator: fc.constantFrom(" ", "\u202f", ".", ",", "'"),
    dateFormat: fc.constantFrom("dd/MM/yyyy", "dd/MM/yyyy HH:mm", "M/d/yyyy h:mm a"),
    firstLine: fc.nat(),
  },
  { requiredKeys: [] },
);
const PARSE_OPTION_NAMES = [
  "timeZone",
  "decimalComma",
  "mode",
  "unknownKeys",
  "thousandsSeparator",
  "dateFormat",
  "firstLine",
];

// Records for the indicators: fuzzed rows through the real parse functions (UTC or Paris).
export const records = (parse: Parser, row: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> =>
  fc.tuple(rowsOf(row), fc.constantFrom("UTC", "Europe/Paris")).map(([rows, timeZone]) => {
    // Rows that hold none of the expected fields are refused as a whole (MissingFieldsError): no records.
    try {
      return parse(rows, { timeZone }).records;
    } catch (error) {
      if (error instanceof MissingFieldsError) return [];
      throw error;
    }
  });
const sellers = records(parseSellers, sellerRow);
const orders = records(parseOrders, orderRow);
const revenueTargets = records(parseRevenueTargets, revenueTargetRow);
const deals = records(parseDeals, dealRow);
const activities = records(parseActivities, activityRow);
const activityTargets = records(parseActivityTargets, activityTargetRow);

const COMMON = ["timeZone", "fiscalYearStartMonth", "scope", "sellers", "explain", "currency", "exchangeRates"];
const TARGET = ["dayCount", "proration", "thresholds"];
const groupBy = fc.constantFrom("seller", "team");

export const merge = (...parts: fc.Arbitrary<Record<string, unknown>>[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(...parts).map((list) => Object.assign({}, ...list) as Record<string, unknown>);

const revenueBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record({ period, asOf }, { requiredKeys: ["period"] }),
);
const seriesBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record({ range: period, grain, asOf }, { requiredKeys: ["range"] }),
);
const perSellerBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record(
    {
      range: period,
      grain,
      asOf,
      targets: revenueTargets,
      activities,
      trailingBuckets: fc.integer({ min: 1, max: 4 }),
      thresholds: fc.record(
        { drop: fc.constantFrom("0.3", 0), exceptional: fc.constantFrom("0.5", "2") },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["range"] },
  ),
);
const pipelineBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record(
    {
      asOf,
      stageProbabilities,
      grain: fc.constantFrom("month", "quarter", "year"),
      forecast: fc.record({ period, orders, targets: revenueTargets }),
    },
    { requiredKeys: ["asOf", "stageProbabilities"] },
  ),
);
const pipelineSeriesBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record(
    { asOf, stageProbabilities, range: period, grain, orders, targets: revenueTargets },
    { requiredKeys: ["asOf", "stageProbabilities", "range", "orders", "targets"] },
  ),
);
const activityBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record(
    {
      period,
      targets: activityTargets,
      asOf,
      minWindowDays: fc.constantFrom(0, 28, 7.5),
      types: fc.constantFrom(["call", "__proto__"], []),
    },
    { requiredKeys: ["period", "targets"] },
  ),
);
const activitySeriesBase = merge(
  commonOptions(sellers),
  targetOptions,
  fc.record(
    {
      range: period,
      targets: activityTargets,
      grain,
      asOf,
      minWindowDays: fc.constantFrom(0, 28, 7.5),
      types: fc.constantFrom(["call", "__proto__"], []),
    },
    { requiredKeys: ["range", "targets"] },
  ),
);
const lostBase = merge(
  commonOptions(sellers),
  fc.record(
    {
      range: period,
      grain,
      asOf,
      reasonCategories: fc
        .constant(null)
        .map(() => JSON.parse('{"price":"offer","competitor":"market","__proto__":"internal"}') as unknown),
      spike: fc.record(
        {
          minCount: fc.nat(3),
          trailingBuckets: fc.integer({ min: 2, max: 6 }),
          k: fc.constantFrom("2", 1.5),
          deviation: fc.constantFrom("sample", "population"),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["range"] },
  ),
);
const grouped = (base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> =>
  merge(base, fc.record({ groupBy }));

const REVENUE = [...COMMON, ...TARGET, "period", "asOf"];
const SERIES = [...COMMON, ...TARGET, "range", "grain", "asOf"];
const PER_SELLER = [
  ...COMMON,
  ...TARGET,
  "range",
  "grain",
  "asOf",
  "targets",
  "activities",
  "trailingBuckets",
  "thresholds",
];
const PIPELINE = [...COMMON, ...TARGET, "asOf", "stageProbabilities", "grain", "forecast"];
const PIPELINE_SERIES = [...COMMON, ...TARGET, "asOf", "stageProbabilities", "range", "grain", "orders", "targets"];
const ACTIVITY = [...COMMON, ...TARGET, "period", "targets", "asOf", "minWindowDays", "types"];
const ACTIVITY_SERIES = [...COMMON, ...TARGET, "range", "targets", "grain", "asOf", "minWindowDays", "types"];
const LOST = [...COMMON, "range", "grain", "asOf", "reasonCategories", "spike"];

/** Calls a function of unknown arguments (the point is to pass what its types forbid). */
export function call(fn: unknown, ...args: unknown[]): unknown {
  return (fn as (...values: unknown[]) => unknown)(...args);
}

/** Fuzzed options with the parsed targets as their `targets` option (a fuzzed non-object stays as it is). */
function withTargets(options: unknown, targets: unknown): unknown {
  return typeof options === "object" && options !== null && !Array.isArray(options) ? { ...options, targets } : options;
}

const calendarOptions = fuzzedOptions(
  fc.record({ timeZone: zone, fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }) }, { requiredKeys: [] }),
  ["timeZone", "fiscalYearStartMonth"],
);
const dayOptions = fuzzedOptions(
  fc.record({ timeZone: zone, dayCount: fc.constantFrom("calendar", "business") }, { requiredKeys: [] }),
  ["timeZone", "dayCount"],
);
const maybePeriod = mostly(period);
const maybeDate = fc.oneof({ weight: 3, arbitrary: dateValue }, { weight: 1, arbitrary: wildValue });

const RESULT_SCHEMAS: readonly z.ZodType[] = [
  RevenueVsTargetResultSchema,
  RevenueVsTargetSeriesResultSchema,
  RevenueVsTargetGroupedResultSchema,
  RevenuePerSellerResultSchema,
  PipelineResultSchema,
  PipelineGroupedResultSchema,
  ActivityRateResultSchema,
  ActivityRateGroupedResultSchema,
  LostDealsResultSchema,
  LostDealsGroupedResultSchema,
];

/** A real result (of revenueVsTarget), as JSON text, with one value somewhere replaced. */
const damagedResultJson: fc.Arbitrary<unknown> = fc
  .tuple(orders, revenueTargets, period, fc.nat(), wildValue)
  .map(([orderList, targetList, range, position, value]) => {
    let text: string;
    try {
      text = JSON.stringify(revenueVsTarget(orderList as never, { targets: targetList as never, period: range }));
    } catch {
      return "{}";
    }
    const tokens = text.split(/("(?:[^"\\]|\\.)*"|[-\d.eE+]+|true|false|null)/);
    const index = (position % Math.max(1, Math.floor(tokens.length / 2))) * 2 + 1;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined and functions, which its type omits
    if (index < tokens.length) tokens[index] = JSON.stringify(value) ?? "undefined";
    return tokens.join("");
  });

/**
 * Every fuzz property: the parse functions, the money and date readers, the headline indicators and
 * the period and money helpers.
 *
 * @param settings - how often the full poisoning check runs
 * @returns the properties, in a stable order
 */
export function fuzzProperties(settings: FuzzSettings): FuzzProperty[] {
  const properties: FuzzProperty[] = [];

  // Parse functions: wild rows, wild options.
  const parsers = [...PARSERS, ...EXTENDED_PARSERS];
  for (const [name, parse, row] of parsers) {
    properties.push(
      fuzz(
        name,
        fc.record({ rows: rowsOf(row, 20), options: fuzzedOptions(parseOptionsBase, PARSE_OPTION_NAMES) }),
        ({ rows, options }) => call(parse, rows, options),
        settings,
        (result, { rows }) => {
          partitions(rows)(result);
        },
      ),
    );
  }
  for (const [name, parse, row] of TABLE_PARSERS) {
    properties.push(
      fuzz(
        name,
        fc.record({ rows: rowsOf(row, 20), options: fuzzedOptions(parseOptionsBase, PARSE_OPTION_NAMES) }),
        ({ rows, options }) => summary(call(parse, rows, options) as TableParseResult<{ readonly size: number }>),
        settings,
        (result, { rows }) => {
          tablePartitions(rows)(result);
        },
      ),
    );
  }
  properties.push(
    fuzz(
      "parse functions, rows argument not an array",
      fc.tuple(fc.constantFrom(...parsers), wildValue),
      ([[, parse], rows]) => call(parse, rows),
      settings,
    ),
    fuzz(
      "table parsers: rows argument not an array",
      fc.tuple(fc.constantFrom(...TABLE_PARSERS), wildValue),
      ([[, parse], rows]) => summary(parse(rows as readonly unknown[])),
      settings,
    ),
  );

  // Money and date readers.
  const amountOptions = fuzzedOptions(fc.record({ decimalComma: fc.boolean() }, { requiredKeys: [] }), [
    "decimalComma",
  ]);
  properties.push(
    fuzz("toDecimal", fc.tuple(wildValue, amountOptions), ([raw, options]) => call(toDecimal, raw, options), settings),
  );
  properties.push(
    fuzz(
      "tryParseAmount",
      fc.tuple(wildValue, amountOptions),
      ([raw, options]) => call(tryParseAmount, raw, options),
      settings,
    ),
  );
  const instantOptions = fuzzedOptions(fc.record({ timeZone: zone }, { requiredKeys: [] }), ["timeZone"]);
  const rawInstant = fc.oneof(
    wildValue,
    dateValue,
    fc.string({ maxLength: 40 }).map((s) => `2026-03-29T${s}`),
  );
  properties.push(
    fuzz(
      "parseInstant",
      fc.tuple(rawInstant, instantOptions),
      ([raw, options]) => call(parseInstant, raw, options),
      settings,
    ),
  );
  properties.push(
    fuzz(
      "tryParseInstant",
      fc.tuple(rawInstant, instantOptions),
      ([raw, options]) => call(tryParseInstant, raw, options),
      settings,
    ),
  );

  // Indicators: parsed records, fuzzed options.
  properties.push(
    fuzz(
      "revenueVsTarget",
      fc.tuple(orders, revenueTargets, fuzzedOptions(revenueBase, REVENUE)),
      ([o, t, options]) => call(revenueVsTarget, o, withTargets(options, t)),
      settings,
      roundTrips(RevenueVsTargetResultSchema),
    ),
    fuzz(
      "revenueVsTargetSeries",
      fc.tuple(orders, revenueTargets, fuzzedOptions(seriesBase, SERIES)),
      ([o, t, options]) => call(revenueVsTargetSeries, o, withTargets(options, t)),
      settings,
      roundTrips(RevenueVsTargetSeriesResultSchema),
    ),
    fuzz(
      "revenueVsTargetGrouped",
      fc.tuple(orders, revenueTargets, fuzzedOptions(grouped(revenueBase), [...REVENUE, "groupBy"])),
      ([o, t, options]) => call(revenueVsTargetGrouped, o, withTargets(options, t)),
      settings,
      roundTrips(RevenueVsTargetGroupedResultSchema),
    ),
    fuzz(
      "revenuePerSeller",
      fc.tuple(orders, fuzzedOptions(perSellerBase, PER_SELLER)),
      ([o, options]) => call(revenuePerSeller, o, options),
      settings,
      roundTrips(RevenuePerSellerResultSchema),
    ),
    fuzz(
      "pipeline",
      fc.tuple(deals, fuzzedOptions(pipelineBase, PIPELINE)),
      ([d, options]) => call(pipeline, d, options),
      settings,
      roundTrips(PipelineResultSchema),
    ),
    fuzz(
      "pipelineGrouped",
      fc.tuple(deals, fuzzedOptions(grouped(pipelineBase), [...PIPELINE, "groupBy"])),
      ([d, options]) => call(pipelineGrouped, d, options),
      settings,
      roundTrips(PipelineGroupedResultSchema),
    ),
    fuzz(
      "pipelineGrouped by customer",
      fc.tuple(
        deals,
        fuzzedOptions(
          merge(
            pipelineBase,
            fc.record(
              { groupBy: fc.constant("customer"), top: fc.constantFrom(1, 3, 0, 2.5) },
              { requiredKeys: ["groupBy"] },
            ),
          ),
          [...PIPELINE, "groupBy", "top"],
        ),
      ),
      ([d, options]) => call(pipelineGrouped, d, options),
      settings,
      roundTrips(PipelineGroupedResultSchema),
    ),
    fuzz(
      "pipelineSeries",
      fc.tuple(deals, fuzzedOptions(pipelineSeriesBase, PIPELINE_SERIES)),
      ([d, options]) => call(pipelineSeries, d, options),
      settings,
      roundTrips(PipelineSeriesResultSchema),
    ),
    fuzz(
      "activityRate",
      fc.tuple(activities, fuzzedOptions(activityBase, ACTIVITY)),
      ([a, options]) => call(activityRate, a, options),
      settings,
      roundTrips(ActivityRateResultSchema),
    ),
    fuzz(
      "activityRateSeries",
      fc.tuple(activities, fuzzedOptions(activitySeriesBase, ACTIVITY_SERIES)),
      ([a, options]) => call(activityRateSeries, a, options),
      settings,
      roundTrips(ActivityRateSeriesResultSchema),
    ),
    fuzz(
      "activityRateGrouped",
      fc.tuple(activities, fuzzedOptions(grouped(activityBase), [...ACTIVITY, "groupBy"])),
      ([a, options]) => call(activityRateGrouped, a, options),
      settings,
      roundTrips(ActivityRateGroupedResultSchema),
    ),
    fuzz(
      "lostDeals",
      fc.tuple(deals, fuzzedOptions(lostBase, LOST)),
      ([d, options]) => call(lostDeals, d, options),
      settings,
      roundTrips(LostDealsResultSchema),
    ),
    fuzz(
      "lostDealsGrouped",
      fc.tuple(deals, fuzzedOptions(grouped(lostBase), [...LOST, "groupBy"])),
      ([d, options]) => call(lostDealsGrouped, d, options),
      settings,
      roundTrips(LostDealsGroupedResultSchema),
    ),
  );

  // Period helpers.
  properties.push(
    fuzz(
      "rollingWindow",
      fc.tuple(
        maybeDate,
        mostly(fc.integer({ min: 1, max: 400 })),
        fuzzedOptions(fc.record({ timeZone: zone }, { requiredKeys: [] }), ["timeZone"]),
      ),
      ([a, days, options]) => call(rollingWindow, a, days, options),
      settings,
    ),
    fuzz(
      "splitRange",
      fc.tuple(maybePeriod, mostly(grain), calendarOptions),
      ([range, g, options]) => call(splitRange, range, g, options),
      settings,
    ),
    fuzz(
      "periodContaining",
      fc.tuple(maybeDate, mostly(grain), calendarOptions),
      ([instant, g, options]) => call(periodContaining, instant, g, options),
      settings,
    ),
    fuzz(
      "elapsedFraction",
      fc.tuple(maybePeriod, maybeDate, dayOptions),
      ([p, a, options]) => call(elapsedFraction, p, a, options),
      settings,
    ),
    fuzz(
      "prorate",
      fc.tuple(mostly(fc.constantFrom("1200", 365, "-5.5")), maybePeriod, maybePeriod, dayOptions),
      ([amount, source, p, options]) => call(prorate, amount, source, p, options),
      settings,
    ),
    fuzz("countDays", fc.tuple(maybePeriod, dayOptions), ([p, options]) => call(countDays, p, options), settings),
    fuzz("createPeriod", fc.tuple(maybeDate, maybeDate), ([start, end]) => call(createPeriod, start, end), settings),
  );

  // Money helpers.
  // Money items are records (spec section 1: indicators and sums trust records): parsed orders.
  const moneyItems = orders.map((list) => list.map((order) => ({ ...(order as object) })));
  const currencyOptions = fuzzedOptions(
    fc.record(
      {
        currency: fc.constantFrom("EUR", "USD"),
        exchangeRates: fc.constant(null).map(() =>
          createExchangeRates({
            reportingCurrency: "EUR",
            rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2000-01-01T00:00:00Z") }],
          }),
        ),
      },
      { requiredKeys: [] },
    ),
    ["currency", "exchangeRates"],
  );
  properties.push(
    fuzz(
      "sumMoney",
      fc.tuple(moneyItems, currencyOptions),
      ([items, options]) => call(sumMoney, items, options),
      settings,
    ),
    fuzz("sumByCurrency", moneyItems, (items) => call(sumByCurrency, items), settings),
    fuzz(
      "createExchangeRates",
      fuzzedOptions(
        fc.record({
          reportingCurrency: fc.constantFrom("EUR", "USD"),
          rates: fc.array(
            fc.record({
              currency: fc.constantFrom("USD", "GBP", "EUR"),
              rate: mostly(fc.constantFrom("0.9", 1.1, "0")),
              validFrom: maybeDate,
            }),
            { maxLength: 3 },
          ),
        }),
        ["reportingCurrency", "rates"],
      ),
      (options) => {
        const rates = call(createExchangeRates, options) as { rateOn: (currency: unknown, date: unknown) => unknown };
        return [rates.rateOn("USD", new Date("2026-01-01T00:00:00Z")), rates.rateOn("GBP", new Date(Number.NaN))];
      },
      settings,
    ),
    fuzz(
      "stageProbabilityMap",
      fc.oneof(stageProbabilities, wildValue),
      (input) => call(stageProbabilityMap, input),
      settings,
    ),
    fuzz(
      "rollUpTargets",
      fc.tuple(
        revenueTargets,
        fuzzedOptions(fc.record({ to: fc.constantFrom("team", "company"), sellers }, { requiredKeys: ["to"] }), [
          "to",
          "sellers",
        ]),
      ),
      ([targets, options]) => call(rollUpTargets, targets, options),
      settings,
    ),
    fuzz("getIndicator", wildValue, (id) => call(getIndicator, id), settings),
  );

  // Results read back from JSON: wild JSON, wild text, damaged real results.
  properties.push(
    fuzz(
      "resultFromJSON",
      fc.tuple(
        fc.constantFrom(...RESULT_SCHEMAS),
        fc.oneof(
          jsonValue,
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined and functions, which its type omits
          jsonValue.map((value) => JSON.stringify(value) ?? ""),
          fc.string(),
          damagedResultJson,
        ),
      ),
      ([schema, json]) => resultFromJSON(schema, json),
      settings,
    ),
  );
  return properties;
}
