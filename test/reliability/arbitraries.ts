/**
 * fast-check arbitraries shared by the reliability suites (`fuzz.ts`, `nothingLost.test-prop.ts`):
 * raw rows of the headline records (orders and activities with their extended fields) and of
 * expenses (mostly good, some with one or two fields made wild) and the parse
 * function of each kind, wild values
 * (arbitrary JSON with `__proto__` keys, NaN and extreme dates, odd numbers) and option bases.
 *
 * Only the test suites use this module; it imports the library's source like the other tests.
 */
import fc from "fast-check";
import { Decimal } from "decimal.js";
import {
  createExchangeRates,
  GRAINS,
  parseActivities,
  parseActivityTargets,
  parseDeals,
  parseExpenses,
  parseOrders,
  parseRevenueTargets,
  parseSellers,
  type ExchangeRates,
  type Grain,
  type ParseOptions,
  type ParseResult,
  type Period,
} from "../../src/index.js";

export const DAY_MS = 86_400_000;
const T2025 = Date.UTC(2025, 0, 1);
const T2028 = Date.UTC(2028, 0, 1);

/** Ids that are also names of `Object.prototype` members: grouping must not be fooled by them. */
export const PROTO_NAMES = ["__proto__", "constructor", "prototype"] as const;
export const SELLER_IDS = ["s-1", "s-2", ...PROTO_NAMES] as const;
export const TEAM_IDS = ["t-1", "t-2", ...PROTO_NAMES] as const;
export const STAGES = ["lead", "proposal", ...PROTO_NAMES] as const;
export const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Pacific/Apia",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
] as const;

/** Strings that mean something to some field or option somewhere. */
const TRICKY_STRINGS = [
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "0",
  "1",
  "0.5",
  "1.5",
  "-1",
  "1e3",
  "1e400",
  "0x1F",
  "1_000",
  "1,234.56",
  "1 234,56",
  " 12 ",
  "2026-01-01",
  "2026-02-30",
  "2026-13-01",
  "2026-03-29T02:30",
  "2026-10-25T02:30",
  "2026-01-01T24:00",
  "1899-12-31",
  "2201-01-01",
  "2026-01-01T00:00:00Z",
  "EUR",
  "USD",
  "eur",
  "XYZ",
  "day",
  "week",
  "month",
  "quarter",
  "semester",
  "year",
  "company",
  "seller",
  "team",
  "calendar",
  "business",
  "open",
  "won",
  "lost",
  "done",
  "planned",
  "cancelled",
  "collect",
  "fail-fast",
  "ignore",
  "reject",
  "sample",
  "population",
  "market",
  "offer",
  "internal",
  "other",
  "Europe/Paris",
  "Mars/Olympus",
  "UTC",
  "s-1",
  "t-1",
  "lead",
] as const;

/** Builds an object from entries the way `JSON.parse` does: own keys, `__proto__` included, last one wins. */
export function objectFromEntries(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const KEYS = [
  ...PROTO_NAMES,
  "toString",
  "id",
  "amount",
  "date",
  "start",
  "end",
  "level",
  "sellerId",
  "teamId",
  "timeZone",
  "period",
  "asOf",
  "scope",
  "grain",
  "value",
  "good",
  "watch",
  "k",
  "history",
  "minCount",
  "rates",
  "reportingCurrency",
  "currency",
] as const;
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Any JSON value as `JSON.parse` builds it (own `__proto__` keys included), at most 3 levels deep. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{
  json: unknown;
  array: unknown[];
  object: Record<string, unknown>;
}>((tie) => ({
  json: fc.oneof({ maxDepth: 3, depthSize: "small" }, jsonLeaf, tie("array"), tie("object")),
  array: fc.array(tie("json"), { maxLength: 3 }),
  object: fc.array(fc.tuple(key, tie("json")), { maxLength: 4 }).map(objectFromEntries),
})).json;

const EXTREME_TIMES = [
  -8.64e15,
  8.64e15,
  Date.parse("0001-01-01T00:00:00Z"),
  Date.parse("9999-12-31T23:59:59.999Z"),
  Date.UTC(1899, 11, 31),
  Date.UTC(2201, 0, 1),
];

/** A Date: mostly in 2025-2027, sometimes at the ends of the Date range, sometimes invalid (NaN). */
export const dateValue: fc.Arbitrary<Date> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: T2025, max: T2028 }).map((t) => new Date(t)) },
  { weight: 1, arbitrary: fc.constantFrom(...EXTREME_TIMES).map((t) => new Date(t)) },
  { weight: 1, arbitrary: fc.constant(0).map(() => new Date(Number.NaN)) },
);

/** Values no JSON text gives, but a caller's code can: undefined, Dates (invalid too), a Decimal, a Map, a prototype-less object. */
const nonJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  dateValue,
  fc.constantFrom("1.5", "-2", "NaN", "Infinity").map((text) => new Decimal(text)),
  fc.array(fc.tuple(key, jsonLeaf), { maxLength: 3 }).map((entries) => new Map(entries)),
  fc
    .array(fc.tuple(key, jsonLeaf), { maxLength: 3 })
    .map((entries) => Object.assign(Object.create(null) as object, objectFromEntries(entries))),
);

/** A wild value where a field or option belongs. */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonValue },
  { weight: 1, arbitrary: nonJsonValue },
);

// ---------------------------------------------------------------------------------------------
// Raw rows: coherent good rows, then zero to two fields replaced by wild values or removed.

const businessTime = fc.integer({ min: T2025, max: T2028 });
const dayIndex = fc.integer({ min: Math.floor(T2025 / DAY_MS), max: Math.floor(T2028 / DAY_MS) });
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A date cell as an export writes it: a date, a date-time with Z or an offset, or a naive wall time. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  dayIndex.map(isoDay),
  businessTime.map((t) => new Date(t).toISOString()),
  businessTime.map((t) => `${new Date(t).toISOString().slice(0, 19)}+02:00`),
  businessTime.map((t) => new Date(t).toISOString().slice(0, 16)),
);
const amountText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("-0", "0", "0.000000000000000000000000000001", "99999999999999999999999999.99"),
  },
);
const currency = fc.oneof({ weight: 20, arbitrary: fc.constant("EUR") }, { weight: 1, arbitrary: fc.constant("USD") });
const sellerId = fc.constantFrom(...SELLER_IDS);
const rowId = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((n) => `${prefix}-${n}`),
    fc.constantFrom(...PROTO_NAMES),
  );
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

function compact(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) if (value !== undefined) out[name] = value;
  return out;
}

const REMOVE = Symbol("remove");
type Edit = readonly [string, unknown];

/** Replaces or removes zero to two fields (or adds `__proto__`-like keys), as a broken export would. */
function mutated(
  good: fc.Arbitrary<Record<string, unknown>>,
  fields: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const edit: fc.Arbitrary<Edit> = fc.tuple(
    fc.constantFrom(...fields, ...PROTO_NAMES),
    fc.oneof({ weight: 4, arbitrary: wildValue }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) }),
  );
  const edits = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Edit[]>([]) },
    { weight: 2, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }) },
  );
  return fc.tuple(good, edits).map(([row, list]) => {
    const out = objectFromEntries(Object.entries(row));
    for (const [name, value] of list) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the edit removes the named field from the row
      if (value === REMOVE) delete out[name];
      else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

export const goodSellerRow = fc
  .record({ id: sellerId, name: fc.constantFrom("Ana", "Ben"), teamId: optional(fc.constantFrom(...TEAM_IDS)) })
  .map(compact);

const cents = (value: number): string => (value / 100).toFixed(2);

/**
 * The extended pricing of an order (spec section 7): none, a gross amount and a discount whose
 * difference is the amount (the schema's rule), a discount alone, or a gross amount alone.
 */
const pricing = fc.oneof(
  fc.constant({}),
  fc
    .tuple(fc.integer({ min: -100_000, max: 1_000_000 }), fc.integer({ min: 0, max: 50_000 }))
    .map(([net, discount]) => {
      // A credit note carries its discount back (negative) with its negative amounts.
      const signed = net < 0 ? -discount : discount;
      return { amount: cents(net), grossAmount: cents(net + signed), discount: cents(signed) };
    }),
  fc.integer({ min: 0, max: 50_000 }).map((discount) => ({ discount: cents(discount) })),
  amountText.map((grossAmount) => ({ grossAmount })),
);

export const goodOrderRow = fc
  .record({
    id: rowId("o"),
    date: dateText,
    amount: amountText,
    currency,
    sellerId,
    customerId: fc.constantFrom("c-1", "c-2", ...PROTO_NAMES),
    margin: optional(amountText),
    pricing,
    hoursSold: optional(fc.constantFrom("0", "12.5", 40, "0.25")),
    offerId: optional(rowId("q")),
    dealId: optional(rowId("d")),
  })
  .map(({ pricing: extended, ...rest }) => {
    const row: Record<string, unknown> = { ...rest, ...extended };
    // A credit note's discount and hours are taken back: negative, as the schema asks.
    const credit = typeof row["amount"] === "string" && /^-(?!0(\.0*)?$)/.test(row["amount"]);
    if (credit && typeof row["discount"] === "string" && !("grossAmount" in extended))
      row["discount"] = `-${row["discount"]}`;
    if (credit && rest.hoursSold !== undefined) row["hoursSold"] = `-${rest.hoursSold}`;
    return compact(row);
  });

const targetScope = fc.oneof(
  fc.constant({ level: "company" }),
  sellerId.map((id) => ({ level: "seller", scopeId: id })),
  fc.constantFrom(...TEAM_IDS).map((id) => ({ level: "team", scopeId: id })),
);
const targetRange = fc
  .tuple(dayIndex, fc.integer({ min: 1, max: 400 }))
  .map(([day, length]) => ({ start: isoDay(day), end: isoDay(day + length) }));

export const goodRevenueTargetRow = fc
  .record({
    id: rowId("rt"),
    scope: targetScope,
    range: targetRange,
    amount: fc.integer({ min: 0, max: 10_000_000 }).map(String),
    currency,
  })
  .map(({ scope, range, ...rest }) => ({ ...rest, ...scope, ...range }));

export const goodDealRow = fc
  .record({
    id: rowId("d"),
    ownerId: sellerId,
    customerId: optional(fc.constantFrom("c-1", ...PROTO_NAMES)),
    amount: amountText,
    currency,
    stage: fc.constantFrom(...STAGES),
    probability: optional(fc.constantFrom("0", "0.25", "1", 0.5)),
    created: businessTime,
    closeAfterDays: fc.integer({ min: 0, max: 200 }),
    expectedCloseDate: optional(dateText),
    status: fc.constantFrom("open", "won", "lost"),
    lossReason: optional(fc.constantFrom("price", "competitor", ...PROTO_NAMES)),
    competitor: optional(fc.constantFrom("Globex", ...PROTO_NAMES)),
  })
  .map(({ created, closeAfterDays, ...rest }) =>
    compact({
      ...rest,
      createdAt: new Date(created).toISOString(),
      closedAt: rest.status === "open" ? undefined : new Date(created + closeAfterDays * DAY_MS).toISOString(),
    }),
  );

export const ACTIVITY_TYPE_POOL = ["call", "email", "meeting", "visit", ...PROTO_NAMES] as const;

export const goodActivityRow = fc
  .record({
    id: rowId("a"),
    ownerId: sellerId,
    type: fc.constantFrom(...ACTIVITY_TYPE_POOL),
    date: dateText,
    status: fc.constantFrom("done", "done", "planned", "cancelled"),
    durationMinutes: optional(fc.constantFrom(30, "45.5", "0")),
    customerId: optional(fc.constantFrom("c-1", "c-2", ...PROTO_NAMES)),
    dealId: optional(rowId("d")),
    cause: optional(fc.constantFrom("service", "customer", "weather", ...PROTO_NAMES)),
  })
  // Only a cancelled activity names a cause (the schema's rule).
  .map(({ cause, ...rest }) =>
    compact({ ...rest, cancellationCause: rest.status === "cancelled" ? cause : undefined }),
  );

export const goodActivityTargetRow = fc
  .record({
    id: rowId("at"),
    scope: targetScope,
    range: targetRange,
    type: fc.constantFrom(...ACTIVITY_TYPE_POOL),
    count: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ scope, range, ...rest }) => ({ ...rest, ...scope, ...range }));

export const EXPENSE_CATEGORY_POOL = ["representation", "travel", "commercial", "other"] as const;

export const goodExpenseRow = fc
  .record({
    id: rowId("e"),
    sellerId,
    date: dateText,
    amount: amountText,
    currency,
    category: fc.constantFrom(...EXPENSE_CATEGORY_POOL),
  })
  .map(compact);

export const sellerRow = mutated(goodSellerRow, ["id", "name", "teamId"]);
export const orderRow = mutated(goodOrderRow, [
  "id",
  "date",
  "amount",
  "currency",
  "sellerId",
  "customerId",
  "margin",
  "grossAmount",
  "discount",
  "hoursSold",
  "offerId",
  "dealId",
]);
export const revenueTargetRow = mutated(goodRevenueTargetRow, [
  "id",
  "level",
  "scopeId",
  "start",
  "end",
  "amount",
  "currency",
]);
export const dealRow = mutated(goodDealRow, [
  "id",
  "ownerId",
  "amount",
  "currency",
  "stage",
  "probability",
  "createdAt",
  "closedAt",
  "status",
  "expectedCloseDate",
]);
export const activityRow = mutated(goodActivityRow, [
  "id",
  "ownerId",
  "type",
  "date",
  "status",
  "durationMinutes",
  "customerId",
  "dealId",
  "cancellationCause",
]);
export const expenseRow = mutated(goodExpenseRow, ["id", "sellerId", "date", "amount", "currency", "category"]);
export const activityTargetRow = mutated(goodActivityTargetRow, [
  "id",
  "level",
  "scopeId",
  "type",
  "start",
  "end",
  "count",
]);

/** A whole input: mostly rows, sometimes a row that is not an object at all. */
export function rowsOf(row: fc.Arbitrary<unknown>, maxLength = 12): fc.Arbitrary<unknown[]> {
  return fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: wildValue }), { maxLength });
}

// ---------------------------------------------------------------------------------------------
// Option bases: valid options, before the wild overrides.

export const zone = fc.constantFrom(...ZONES);
export const grain: fc.Arbitrary<Grain> = fc.constantFrom(...GRAINS);

/** A valid `[start, end)` of 1 to 400 days in 2025-2027. */
export const period: fc.Arbitrary<Period> = fc
  .tuple(businessTime, fc.integer({ min: 1, max: 400 }))
  .map(([start, days]) => ({ start: new Date(start), end: new Date(start + days * DAY_MS) }));

export const asOf: fc.Arbitrary<Date> = businessTime.map((t) => new Date(t));

export const scope = fc.oneof(
  fc.constant({ level: "company" }),
  sellerId.map((id) => ({ level: "seller", sellerId: id })),
  fc.constantFrom(...TEAM_IDS).map((id) => ({ level: "team", teamId: id })),
);

export const thresholds = fc.oneof(fc.constant({ good: "1", watch: "0.8" }), fc.constant({ good: 1.2, watch: "0.5" }));

/** Exchange rates to EUR (from USD, since 2000). */
export function eurRates(): ExchangeRates {
  return createExchangeRates({
    reportingCurrency: "EUR",
    rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2000-01-01T00:00:00Z") }],
  });
}

/** Options every indicator shares (calendar, currency, scope, roster, explain), each one present or not. */
export function commonOptions(sellers: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      timeZone: zone,
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      scope,
      sellers,
      explain: fc.boolean(),
      currency: fc.constant("EUR"),
      exchangeRates: fc.constant(null).map(eurRates),
    },
    { requiredKeys: [] },
  );
}

/** Options of the target-based indicators (day count, proration, thresholds). */
export const targetOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { dayCount: fc.constantFrom("calendar", "business"), proration: fc.boolean(), thresholds },
  { requiredKeys: [] },
);

/** Stage probabilities as a JSON export gives them, `__proto__` and `constructor` stages included. */
export const stageProbabilities: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constant(null)
    .map(
      () =>
        JSON.parse('{"lead":"0.1","proposal":0.5,"__proto__":"0.3","constructor":"0.2","prototype":"1"}') as unknown,
    ),
  fc.constant(null).map(
    () =>
      new Map<string, string>([
        ["lead", "0.1"],
        ["proposal", "0.5"],
        ["__proto__", "0.3"],
        ["constructor", "0.2"],
        ["prototype", "1"],
      ]),
  ),
);

// ---------------------------------------------------------------------------------------------
// Overrides: arbitrary values merged over valid options, at the top level or one level down.

/** Option keys whose values are domain records (trusted by the indicators): replaced only by non-arrays. */
const RECORD_KEYS: ReadonlySet<string> = new Set(["sellers", "targets", "activities", "orders"]);

type Override = { readonly key: string; readonly value: unknown; readonly nested: boolean };

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Map)
  );
}

function applyOverrides(base: Record<string, unknown>, overrides: readonly Override[]): Record<string, unknown> {
  const out = objectFromEntries(Object.entries(base));
  for (const { key: name, value, nested } of overrides) {
    if (RECORD_KEYS.has(name) && Array.isArray(value)) continue;
    const current = Object.hasOwn(out, name) ? out[name] : undefined;
    const next =
      nested && isObject(current) && isObject(value)
        ? applyOverrides(
            current,
            Object.entries(value).map(([k, v]) => ({ key: k, value: v, nested: false })),
          )
        : value;
    Object.defineProperty(out, name, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Valid options with zero to three keys (known option names, `__proto__`, anything) set to wild
 * values, sometimes one level down (`period.start`, `scope.level`, `spike.k`...); rarely the whole
 * options object is a wild value.
 */
export function fuzzedOptions(
  base: fc.Arbitrary<Record<string, unknown>>,
  optionNames: readonly string[],
): fc.Arbitrary<unknown> {
  const subKey = fc.constantFrom(
    "start",
    "end",
    "level",
    "sellerId",
    "teamId",
    "good",
    "watch",
    "k",
    "history",
    "minCount",
    "deviation",
    "period",
    "orders",
    "targets",
    ...PROTO_NAMES,
  );
  const override: fc.Arbitrary<Override> = fc.oneof(
    fc.record({
      key: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...optionNames) }, { weight: 1, arbitrary: key }),
      value: wildValue,
      nested: fc.constant(false),
    }),
    fc.record({
      key: fc.constantFrom(...optionNames),
      value: fc.array(fc.tuple(subKey, wildValue), { minLength: 1, maxLength: 2 }).map(objectFromEntries),
      nested: fc.constant(true),
    }),
  );
  const overrides = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Override[]>([]) },
    { weight: 3, arbitrary: fc.array(override, { minLength: 1, maxLength: 3 }) },
  );
  return fc.oneof(
    { weight: 20, arbitrary: fc.tuple(base, overrides).map(([options, list]) => applyOverrides(options, list)) },
    { weight: 1, arbitrary: wildValue },
  );
}

/** A value that is a valid `T` most of the time and a wild value otherwise. */
export function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: wildValue });
}

/** A record parse function. */
export type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<unknown>;

/** Each record parse function, with the raw rows of its kind. */
export const PARSERS: readonly (readonly [string, Parser, fc.Arbitrary<Record<string, unknown>>])[] = [
  ["parseSellers", parseSellers, sellerRow],
  ["parseOrders", parseOrders, orderRow],
  ["parseRevenueTargets", parseRevenueTargets, revenueTargetRow],
  ["parseDeals", parseDeals, dealRow],
  ["parseActivities", parseActivities, activityRow],
  ["parseActivityTargets", parseActivityTargets, activityTargetRow],
];

/**
 * The parse functions of the extended catalogue's records that the reliability suites cover the
 * same way (nothing lost, fuzzing), with the raw rows of their kind; kept apart from
 * {@link PARSERS}, whose list other suites read as the headline record kinds.
 */
export const EXTENDED_PARSERS: readonly (readonly [string, Parser, fc.Arbitrary<Record<string, unknown>>])[] = [
  ["parseExpenses", parseExpenses, expenseRow],
];
