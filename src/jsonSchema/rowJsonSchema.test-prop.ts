import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { PARSERS } from "../../test/reliability/arbitraries.js";
import {
  ACTIVITY_STATUSES,
  COMPLAINT_CATEGORIES,
  DEAL_STATUSES,
  EXPENSE_CATEGORIES,
  OFFER_STATUSES,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  TARGET_LEVELS,
  parseActivities,
  parseActivityTargets,
  parseComplaints,
  parseDealCloseDateChanges,
  parseDealStageChanges,
  parseDeals,
  parseDeliveries,
  parseExpenses,
  parseOffers,
  parseOrders,
  parsePenalties,
  parseProspects,
  parseRequests,
  parseRevenueTargets,
  parseSellers,
  parseSurveyResponses,
  type ParseOptions,
  type ParseResult,
  type RecordKind,
  type SchemaOptions,
} from "../index.js";
import { ROW_JSON_SCHEMA_KINDS, rowJsonSchema } from "./rowJsonSchema.js";

// The JSON Schema of a row kind never rejects a row its parse function accepts (so a row the
// schema rejects, the parse function rejects), whatever the options, on JSON rows: the reliability
// suites' mutated rows (JSON round-tripped) and rows built field by field from values of every form.

type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<unknown>;

const PARSE: { readonly [Kind in RecordKind]: Parser } = {
  order: parseOrders,
  "revenue-target": parseRevenueTargets,
  deal: parseDeals,
  activity: parseActivities,
  "activity-target": parseActivityTargets,
  seller: parseSellers,
  "stage-change": parseDealStageChanges,
  "close-date-change": parseDealCloseDateChanges,
  delivery: parseDeliveries,
  complaint: parseComplaints,
  penalty: parsePenalties,
  "survey-response": parseSurveyResponses,
  offer: parseOffers,
  prospect: parseProspects,
  request: parseRequests,
  expense: parseExpenses,
};

const OPTION_SETS: readonly SchemaOptions[] = [
  {},
  { timeZone: "Europe/Paris" },
  { decimalComma: true },
  { decimalComma: true, thousandsSeparator: "." },
  { thousandsSeparator: "," },
  { dateFormat: "dd/MM/yyyy" },
];

const ajv = new Ajv2020({ strict: true, allErrors: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorOf(kind: RecordKind, options: SchemaOptions): ReturnType<typeof ajv.compile> {
  const key = `${kind} ${JSON.stringify(options)}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile(rowJsonSchema(kind, options));
    validators.set(key, validate);
  }
  return validate;
}

/** Rows accepted by the parse function, by kind: each kind must have some, or the property says little. */
const accepted = new Map<string, number>();

function check(kind: RecordKind, options: SchemaOptions, row: unknown): void {
  const result = PARSE[kind]([row], { ...options, mode: "collect" });
  if (result.records.length !== 1) return;
  accepted.set(kind, (accepted.get(kind) ?? 0) + 1);
  const validate = validatorOf(kind, options);
  const valid = validate(row);
  expect({ kind, options, row, valid, errors: validate.errors }).toMatchObject({ valid: true });
}

/** The row as a JSON text gives it back (Dates as ISO texts, Decimals as texts, no undefined). */
function asJson(row: unknown): unknown {
  return JSON.parse(JSON.stringify(row)) as unknown;
}

// Values of every form a field may take: good ones in several notations (good under some of the
// options only, for some), bad ones, absent ones, and values of other fields' forms.
const DATES = [
  "2026-03-01",
  "2026-03-02T09:00:00Z",
  "2026-03-05T17:30",
  "2026-03-05 17:30:10.5",
  "2026-03-09T10:00:00+02:00",
  "2026-03-09T10:00-0530",
  "1900-01-01",
  "2200-12-31",
  "1899-12-31T23:00:00-05:00",
  "01/03/2026",
  "31/03/2026",
];
const BAD_DATES = ["2026-02-30", "2026-03-29T02:30", "2026-13-01", "1899-12-31", "soon", "2026-3-1"];
const DECIMALS = [
  "12",
  "-12.5",
  "0",
  "-0",
  "0.4",
  "40%",
  "40 %",
  "12,5",
  "1.234,50",
  "1,234.50",
  "1 234,5",
  "1\u00A0234",
  3,
  0.25,
  -7,
  1.5e300,
];
const BAD_DECIMALS = ["1e3", " 12", "12.", ".5", "1,2,3", "NaN", "0x10"];
const ENUMS = [
  ...ACTIVITY_STATUSES,
  ...COMPLAINT_CATEGORIES,
  ...DEAL_STATUSES,
  ...EXPENSE_CATEGORIES,
  ...OFFER_STATUSES,
  ...REQUEST_KINDS,
  ...REQUEST_STATUSES,
  ...TARGET_LEVELS,
];
const BAD_ENUMS = ["Won", "DONE", "unknown"];
const TEXTS = ["a", "s-1", "__proto__", "constructor", "visit", " x ", "é".repeat(3), "x".repeat(256)];
const BAD_TEXTS = [" ", "\u2003", "x".repeat(257)];
const CURRENCIES = ["EUR", "USD"];
const BAD_CURRENCIES = ["eur", "XYZ", "EURO"];
const BOOLEANS = [true, false, "true", "false"];
const BAD_BOOLEANS = ["yes", 1, "TRUE"];
const ABSENT = ["", null, undefined];
const ANY = [...BAD_DATES, ...BAD_DECIMALS, ...BAD_ENUMS, ...BAD_TEXTS, ...BAD_CURRENCIES, ...BAD_BOOLEANS, 7, [], {}];

const DATE_FIELD = /(At|[dD]ate|^start|^end)$/;
const DECIMAL_FIELD =
  /^(amount|grossAmount|discount|margin|hoursSold|score|scaleMin|scaleMax|count|durationMinutes|probability)$/;
const ENUM_FIELD = /^(status|kind|category|level)$/;

/** Fields whose rule across fields needs values that fit together (a score on its scale). */
const FIELD_VALUES: Readonly<Record<string, readonly [readonly unknown[], readonly unknown[]]>> = {
  scaleMin: [[0, 1, "0", "1,0"], BAD_DECIMALS],
  scaleMax: [[5, 10, "10", "5.0"], BAD_DECIMALS],
  score: [[3, "4.5", "4,5", 5, 11], BAD_DECIMALS],
  // The first instant of a record, early, so that the later ones are often after it.
  issuedAt: [["2026-01-01", "1900-01-01T00:00:00Z", "01/01/2026"], BAD_DATES],
  receivedAt: [["2026-01-01", "1900-01-01T00:00:00Z", "01/01/2026"], BAD_DATES],
  createdAt: [["2026-01-01", "1900-01-01T00:00:00Z", "01/01/2026"], BAD_DATES],
};

function valuesOf(field: string): readonly [readonly unknown[], readonly unknown[]] {
  const fixed = FIELD_VALUES[field];
  if (fixed !== undefined && Object.hasOwn(FIELD_VALUES, field)) return fixed;
  if (DATE_FIELD.test(field)) return [DATES, BAD_DATES];
  if (DECIMAL_FIELD.test(field)) return [DECIMALS, BAD_DECIMALS];
  if (ENUM_FIELD.test(field)) return [ENUMS, BAD_ENUMS];
  if (field === "currency") return [CURRENCIES, BAD_CURRENCIES];
  if (field === "conforming") return [BOOLEANS, BAD_BOOLEANS];
  return [TEXTS, BAD_TEXTS];
}

/**
 * A field's cell: mostly good, sometimes bad, absent or of another field's form. Optional fields
 * are absent half the time, so the rules "given only when" are met as often as broken. The values
 * of an enumeration field are its own more often than the other enumerations'.
 */
function cellOf(field: string, required: boolean, own: readonly unknown[]): fc.Arbitrary<unknown> {
  const [good, bad] = valuesOf(field);
  return fc.oneof(
    { weight: required ? 20 : 10, arbitrary: fc.constantFrom(...good) },
    { weight: own.length > 0 ? 20 : 0, arbitrary: fc.constantFrom(...own, null) },
    { weight: 2, arbitrary: fc.constantFrom(...bad) },
    { weight: required ? 1 : 10, arbitrary: fc.constantFrom(...ABSENT) },
    { weight: 1, arbitrary: fc.constantFrom(...ANY) },
  );
}

/** A row of `kind` built field by field from the fields its JSON Schema names. */
function rowOf(kind: RecordKind): fc.Arbitrary<Record<string, unknown>> {
  const schema = rowJsonSchema(kind);
  const required = new Set(schema.required as string[]);
  const properties = Object.entries(schema.properties as Record<string, { readonly enum?: readonly unknown[] }>);
  const fields = Object.fromEntries(
    properties.map(([field, property]) => [field, cellOf(field, required.has(field), property.enum ?? [])]),
  );
  return fc
    .tuple(fc.record(fields), fc.constantFrom<unknown>(undefined, 1, "extra"))
    .map(([row, extra]) => (extra === undefined ? row : { ...row, note: extra }))
    .map((row) => asJson(row) as Record<string, unknown>);
}

describe("row JSON Schemas hold every row the parse functions accept", () => {
  afterAll(() => {
    // Each kind met rows the parse function accepts: the property was not vacuous.
    for (const kind of ROW_JSON_SCHEMA_KINDS) expect([kind, (accepted.get(kind) ?? 0) > 0]).toEqual([kind, true]);
  });

  // A request's dates must come in order (received, first response, response, processing), which
  // field-by-field rows seldom achieve: one well-formed request makes sure that kind is checked.
  it("request: a processed tender with every date", () => {
    const request = {
      id: "r-1",
      kind: "tender",
      customerId: "c-1",
      ownerId: "s-1",
      receivedAt: "2026-03-02T09:00:00Z",
      firstResponseAt: "2026-03-03T09:00:00Z",
      respondedAt: "2026-03-12T09:00:00Z",
      processedAt: "2026-03-13T09:00:00Z",
      dueAt: "2026-03-15",
      status: "processed",
    };
    const before = accepted.get("request") ?? 0;
    for (const options of OPTION_SETS.slice(0, 2)) check("request", options, request);
    expect(accepted.get("request")).toBe(before + 2);
  });

  for (const kind of ROW_JSON_SCHEMA_KINDS) {
    test.prop([fc.constantFrom(...OPTION_SETS), rowOf(kind)], { numRuns: 150 })(
      `${kind}: rows of every form`,
      (options, row) => {
        check(kind, options, row);
      },
    );
  }

  const KIND_OF_PARSER: Readonly<Record<string, RecordKind>> = {
    parseSellers: "seller",
    parseOrders: "order",
    parseRevenueTargets: "revenue-target",
    parseDeals: "deal",
    parseActivities: "activity",
    parseActivityTargets: "activity-target",
  };
  for (const [name, , rows] of PARSERS) {
    const kind = KIND_OF_PARSER[name];
    if (kind === undefined) throw new Error(`no record kind for ${name}`);
    test.prop([rows.map(asJson)], { numRuns: 100 })(`${kind}: the reliability suites' rows`, (row) => {
      check(kind, {}, row);
    });
  }
});
