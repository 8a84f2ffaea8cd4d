/**
 * The bad-input catalogue of the sales-flow records (offers, prospects, customer requests): one
 * line per bad input, each with the exact row error (index, id, field path, message) its parse
 * function reports.
 *
 * Where the expected values come from: the messages are the texts the schemas write
 * (src/model/offerSchema.ts, prospectSchema.ts, requestSchema.ts, _instantOrder.ts) and the field
 * readers (src/model/_fields.ts, _textFields.ts, src/period/parseInstant.ts), word for word; which
 * inputs are rejected is spec section 1 ("Money", "Time") and the cross-field rules of section 7
 * as the schemas state them.
 */
import { describe, expect, it } from "vitest";
import { REQUIRED, rowErrors, type Parser } from "./rowErrors.js";
import { parseOffers } from "../../src/model/parseOffers.js";
import { parseProspects } from "../../src/model/parseProspects.js";
import { parseRequests } from "../../src/model/parseRequests.js";
import type { ParseOptions } from "../../src/model/parseRows.js";

const OFFER = {
  id: "q-1",
  ownerId: "s-1",
  customerId: "c-1",
  issuedAt: "2026-03-02",
  amount: "12000",
  currency: "EUR",
  status: "accepted",
  decidedAt: "2026-03-20",
  orderId: "o-1",
} as const;
const PROSPECT = { id: "p-1", ownerId: "s-1", createdAt: "2026-03-02", convertedAt: "2026-04-01" } as const;
const REQUEST = {
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
} as const;

interface Line {
  readonly what: string;
  readonly parse: Parser;
  readonly row: Readonly<Record<string, unknown>>;
  readonly path: string;
  readonly message: string;
  readonly options?: ParseOptions;
}

const LINES: readonly Line[] = [
  // Offers
  {
    what: "offer: amount with an exponent",
    parse: parseOffers,
    row: { ...OFFER, amount: "1e3" },
    path: "amount",
    message: "exponents are not accepted in amounts (write the digits)",
  },
  {
    what: "offer: amount NaN",
    parse: parseOffers,
    row: { ...OFFER, amount: Number.NaN },
    path: "amount",
    message: "NaN is not a finite amount",
  },
  {
    what: "offer: unknown currency",
    parse: parseOffers,
    row: { ...OFFER, currency: "ABC" },
    path: "currency",
    message: 'unknown ISO 4217 currency code "ABC"',
  },
  {
    what: "offer: no customer",
    parse: parseOffers,
    row: { ...OFFER, customerId: "" },
    path: "customerId",
    message: REQUIRED,
  },
  {
    what: "offer: impossible issue date",
    parse: parseOffers,
    row: { ...OFFER, issuedAt: "2026-02-30" },
    path: "issuedAt",
    message: "2026-02-30 is not a calendar date",
  },
  {
    what: "offer: unknown status",
    parse: parseOffers,
    row: { ...OFFER, status: "won" },
    path: "status",
    message: 'expected one of "pending", "accepted", "rejected", "expired", "withdrawn", got "won"',
  },
  {
    what: "offer: decided without decidedAt",
    parse: parseOffers,
    row: { ...OFFER, decidedAt: "" },
    path: "decidedAt",
    message: "required: an offer with status accepted needs decidedAt",
  },
  {
    what: "offer: pending with decidedAt",
    parse: parseOffers,
    row: { ...OFFER, status: "pending", orderId: null },
    path: "decidedAt",
    message: "a pending offer has no decidedAt (leave it empty, or set the status it was decided with)",
  },
  {
    what: "offer: decided before issued",
    parse: parseOffers,
    row: { ...OFFER, decidedAt: "2026-03-01" },
    path: "decidedAt",
    message: "decidedAt (2026-03-01T00:00:00.000Z) is before issuedAt (2026-03-02T00:00:00.000Z)",
  },
  {
    what: "offer: an order on an expired offer",
    parse: parseOffers,
    row: { ...OFFER, status: "expired" },
    path: "orderId",
    message: "an offer with status expired has no orderId (only an accepted offer turns into an order)",
  },
  {
    what: "offer: a day that does not exist in Paris (DST gap)",
    parse: parseOffers,
    row: { ...OFFER, issuedAt: "2026-03-29T02:30" },
    options: { timeZone: "Europe/Paris" },
    path: "issuedAt",
    message: "2026-03-29T02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
  },
  // Prospects
  {
    what: "prospect: no owner",
    parse: parseProspects,
    row: { ...PROSPECT, ownerId: null },
    path: "ownerId",
    message: REQUIRED,
  },
  {
    what: "prospect: converted and lost",
    parse: parseProspects,
    row: { ...PROSPECT, lostAt: "2026-04-02" },
    path: "lostAt",
    message: "a prospect is converted or lost, not both: convertedAt and lostAt are both set",
  },
  {
    what: "prospect: converted before created",
    parse: parseProspects,
    row: { ...PROSPECT, convertedAt: "2026-03-01" },
    path: "convertedAt",
    message: "convertedAt (2026-03-01T00:00:00.000Z) is before createdAt (2026-03-02T00:00:00.000Z)",
  },
  {
    what: "prospect: qualified before created",
    parse: parseProspects,
    row: { ...PROSPECT, qualifiedAt: "2026-02-28" },
    path: "qualifiedAt",
    message: "qualifiedAt (2026-02-28T00:00:00.000Z) is before createdAt (2026-03-02T00:00:00.000Z)",
  },
  {
    what: "prospect: a year out of business use",
    parse: parseProspects,
    row: { ...PROSPECT, createdAt: "1899-12-31" },
    path: "createdAt",
    message: "year 1899 is outside the business range 1900-2200",
  },
  // Requests
  {
    what: "request: unknown kind",
    parse: parseRequests,
    row: { ...REQUEST, kind: "rfp" },
    path: "kind",
    message: 'expected one of "tender", "specification", "request", got "rfp"',
  },
  {
    what: "request: processed without processedAt",
    parse: parseRequests,
    row: { ...REQUEST, processedAt: null },
    path: "processedAt",
    message: "required: a processed request needs processedAt",
  },
  {
    what: "request: open with processedAt",
    parse: parseRequests,
    row: { ...REQUEST, status: "open" },
    path: "processedAt",
    message: "a request with status open has no processedAt (leave it empty, or set status to processed)",
  },
  {
    what: "request: answered before received",
    parse: parseRequests,
    row: { ...REQUEST, firstResponseAt: null, respondedAt: "2026-03-01T09:00:00Z" },
    path: "respondedAt",
    message: "respondedAt (2026-03-01T09:00:00.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)",
  },
  {
    what: "request: processed before received",
    parse: parseRequests,
    row: { ...REQUEST, processedAt: "2026-03-02T08:59:59Z" },
    path: "processedAt",
    message: "processedAt (2026-03-02T08:59:59.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)",
  },
  {
    what: "request: first response after the answer",
    parse: parseRequests,
    row: { ...REQUEST, firstResponseAt: "2026-03-12T10:00:00Z" },
    path: "respondedAt",
    message: "respondedAt (2026-03-12T09:00:00.000Z) is before firstResponseAt (2026-03-12T10:00:00.000Z)",
  },
  {
    what: "request: a deadline at 24:00",
    parse: parseRequests,
    row: { ...REQUEST, dueAt: "2026-03-15T24:00" },
    path: "dueAt",
    message: "24:00 is not a time of day (00:00 to 23:59:59)",
  },
];

const BASE = new Map<Parser, Readonly<Record<string, unknown>>>([
  [parseOffers, OFFER],
  [parseProspects, PROSPECT],
  [parseRequests, REQUEST],
]);

describe("sales-flow records: the bad-input catalogue", () => {
  it.each(LINES)("$what", (line) => {
    // A good row first, the bad one second: the error names index 1 and the bad row's id.
    const good = { ...BASE.get(line.parse), id: "good" };
    const valid = line.parse([good], line.options);
    expect(valid.errors.length).toBe(0);
    expect(rowErrors(line.parse, [good, line.row], line.options)).toEqual([
      { index: 1, id: line.row["id"], path: [line.path], message: line.message },
    ]);
  });
});
