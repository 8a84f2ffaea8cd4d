import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
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

type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<unknown>;
type Row = Record<string, unknown>;

const ajv = new Ajv2020({ strict: true });

/** Each kind: its parse function, a good row, and rows the JSON Schema accepts but the parse function rejects. */
const KINDS: { readonly [Kind in RecordKind]: { parse: Parser; good: Row; gaps: Readonly<Record<string, Row>> } } = {
  order: {
    parse: parseOrders,
    good: { id: "o-1", date: "2026-01-15", amount: "1200.50", currency: "EUR", sellerId: "s-1", customerId: "c-1" },
    gaps: {
      "a negative discount on a sale": { discount: "-5" },
      "amount is not gross minus discount": { grossAmount: "1300", discount: "50" },
    },
  },
  "revenue-target": {
    parse: parseRevenueTargets,
    good: { id: "t-1", level: "company", start: "2026-01-01", end: "2027-01-01", amount: "1200000", currency: "EUR" },
    gaps: {
      "a seller target without scopeId": { level: "seller" },
      "end before start": { end: "2025-01-01" },
      "a negative amount text": { amount: "-1" },
    },
  },
  deal: {
    parse: parseDeals,
    good: {
      id: "d-1",
      ownerId: "s-1",
      amount: "50000",
      currency: "EUR",
      stage: "proposal",
      createdAt: "2026-01-10",
      status: "open",
    },
    gaps: {
      "a won deal without closedAt": { status: "won" },
      "closedAt before createdAt": { status: "lost", closedAt: "2026-01-01" },
      "a probability text above 1": { probability: "140%" },
    },
  },
  activity: {
    parse: parseActivities,
    good: { id: "a-1", ownerId: "s-1", type: "visit", date: "2026-03-02T10:00:00Z", status: "done" },
    gaps: { "a cause on a done activity": { cancellationCause: "weather" } },
  },
  "activity-target": {
    parse: parseActivityTargets,
    good: {
      id: "at-1",
      level: "team",
      scopeId: "north",
      type: "call",
      start: "2026-01-01",
      end: "2026-02-01",
      count: 400,
    },
    gaps: { "a company target with a scopeId": { level: "company" }, "a negative count text": { count: "-4" } },
  },
  seller: { parse: parseSellers, good: { id: "s-1", name: "Alice" }, gaps: {} },
  "stage-change": {
    parse: parseDealStageChanges,
    good: { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03" },
    gaps: {},
  },
  "close-date-change": {
    parse: parseDealCloseDateChanges,
    good: { id: "c-1", dealId: "d-1", expectedCloseDate: "2026-03-31", changedAt: "2026-03-02T10:00:00Z" },
    gaps: {},
  },
  delivery: {
    parse: parseDeliveries,
    good: { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10", deliveredAt: "2026-03-12T15:00" },
    gaps: {
      "delivered before requested": { requestedAt: "2026-03-13" },
      "a verdict on an undelivered delivery": { deliveredAt: null, conforming: true },
      "a reason on a conforming delivery": { conforming: "true", nonConformityReason: "late" },
    },
  },
  complaint: {
    parse: parseComplaints,
    good: { id: "r-1", customerId: "c-1", receivedAt: "2026-03-02T10:00", category: "commercial" },
    gaps: {},
  },
  penalty: {
    parse: parsePenalties,
    good: { id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "250.50", currency: "EUR" },
    gaps: {},
  },
  "survey-response": {
    parse: parseSurveyResponses,
    good: { id: "q-1", customerId: "c-1", date: "2026-03-02", score: "4.5", scaleMin: 1, scaleMax: 5 },
    gaps: { "a scale of one point": { scaleMin: 5 }, "a score off its scale": { score: 6 } },
  },
  offer: {
    parse: parseOffers,
    good: {
      id: "q-1",
      ownerId: "s-1",
      customerId: "c-1",
      issuedAt: "2026-03-02",
      amount: "12000",
      currency: "EUR",
      status: "pending",
    },
    gaps: {
      "a decided offer without decidedAt": { status: "accepted" },
      "decided before issued": { status: "rejected", decidedAt: "2026-03-01" },
      "an order from a pending offer": { orderId: "o-7" },
    },
  },
  prospect: {
    parse: parseProspects,
    good: { id: "p-1", ownerId: "s-1", createdAt: "2026-02-03" },
    gaps: {
      "converted and lost": { convertedAt: "2026-03-01", lostAt: "2026-03-02" },
      "qualified before created": { qualifiedAt: "2026-02-01" },
    },
  },
  request: {
    parse: parseRequests,
    good: {
      id: "r-1",
      kind: "tender",
      customerId: "c-1",
      ownerId: "s-1",
      receivedAt: "2026-03-02T09:00:00Z",
      status: "open",
    },
    gaps: {
      "processed without processedAt": { status: "processed" },
      "responded before received": { respondedAt: "2026-03-01" },
      "first response after the response": { firstResponseAt: "2026-03-10", respondedAt: "2026-03-05" },
    },
  },
  expense: {
    parse: parseExpenses,
    good: { id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "travel" },
    gaps: {},
  },
};

/** What each field's description says the schema does not check, on any kind with the field. */
const FIELD_GAPS: readonly (readonly [string, string, unknown])[] = [
  ["a day that does not exist", "date", "2026-02-30"],
  ["an unknown currency code", "currency", "XYZ"],
  ["the year bound, an offset away", "date", "1899-12-31T23:30:00Z"],
];

function outcome(
  kind: RecordKind,
  rows: readonly Row[],
  options?: SchemaOptions,
): { schema: boolean[]; parse: boolean[] } {
  const validate = ajv.compile(rowJsonSchema(kind, options));
  const parsed = KINDS[kind].parse(rows, { ...options, mode: "collect" });
  const rejected = new Set(parsed.errors.map((error) => error.index));
  return { schema: rows.map((row) => validate(row)), parse: rows.map((_, index) => !rejected.has(index)) };
}

describe("rowJsonSchema", () => {
  it.each(ROW_JSON_SCHEMA_KINDS)("%s: a good row is valid and parses", (kind) => {
    expect(outcome(kind, [KINDS[kind].good])).toEqual({ schema: [true], parse: [true] });
  });

  // What the schema does not check, said in its description: each such row passes the schema and
  // is rejected by the parse function.
  it.each(ROW_JSON_SCHEMA_KINDS)("%s: the rules across fields are a gap the description names", (kind) => {
    const { good, gaps } = KINDS[kind];
    const rows = Object.values(gaps).map((change) => ({ ...good, ...change }));
    expect(outcome(kind, rows)).toEqual({ schema: rows.map(() => true), parse: rows.map(() => false) });
    const description = rowJsonSchema(kind).description as string;
    expect(description).toContain("Not checked here:");
    expect(description).toContain("ids are unique within one parse call");
  });

  it.each(ROW_JSON_SCHEMA_KINDS)("%s: a repeated id is a gap (the parse function rejects the second row)", (kind) => {
    const { good } = KINDS[kind];
    expect(outcome(kind, [good, good])).toEqual({ schema: [true, true], parse: [true, false] });
  });

  it.each(FIELD_GAPS)("%s is a gap on orders (valid here, rejected by parseOrders)", (_name, field, value) => {
    expect(outcome("order", [{ ...KINDS.order.good, [field]: value }])).toEqual({ schema: [true], parse: [false] });
  });

  it("a wall time in a daylight-saving gap is a gap of the zone's schema", () => {
    const row = { ...KINDS.order.good, date: "2026-03-29T02:30" };
    expect(outcome("order", [row], { timeZone: "Europe/Paris" })).toEqual({ schema: [true], parse: [false] });
  });

  it("rejects what the parse functions reject field by field", () => {
    const { good } = KINDS.order;
    const rows = [
      { ...good, amount: "1e3" },
      { ...good, amount: "1,5" },
      { ...good, currency: "eur" },
      { ...good, date: "15/01/2026" },
      { ...good, id: "  " },
      { ...good, sellerId: null },
      { ...good, margin: [] },
      Object.fromEntries(Object.entries(good).filter(([field]) => field !== "customerId")),
    ];
    expect(outcome("order", rows)).toEqual({ schema: rows.map(() => false), parse: rows.map(() => false) });
  });

  it("follows the options: a decimal comma and thousands, a date format", () => {
    const comma = { ...KINDS.order.good, amount: "1.234,50" };
    expect(outcome("order", [comma], { decimalComma: true, thousandsSeparator: "." })).toEqual({
      schema: [true],
      parse: [true],
    });
    expect(outcome("order", [comma])).toEqual({ schema: [false], parse: [false] });
    const french = { ...KINDS.order.good, date: "15/01/2026" };
    expect(outcome("order", [french], { dateFormat: "dd/MM/yyyy" })).toEqual({ schema: [true], parse: [true] });
  });

  it("allows the keys the parse functions strip, and optional fields as null or an empty text", () => {
    const row = { ...KINDS.deal.good, note: 1, probability: "", expectedCloseDate: null };
    expect(outcome("deal", [row])).toEqual({ schema: [true], parse: [true] });
  });

  it("throws for an unknown kind", () => {
    expect(() => rowJsonSchema("dog" as RecordKind)).toThrow(/unknown record kind "dog"/);
    expect(() => rowJsonSchema("__proto__" as RecordKind)).toThrow(/unknown record kind/);
  });
});
