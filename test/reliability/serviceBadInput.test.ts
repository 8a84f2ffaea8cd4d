/**
 * The bad-input catalogue (see `badInput.test.ts`) for the records of the service indicators: one
 * line per bad input, with the exact row error (index, id, field path, message) it gets. Messages
 * are the library's own texts, word for word; which inputs are rejected is spec section 1 (money,
 * time) and the cross-field rules stated in the schemas' TSDoc (`createDeliverySchema`,
 * `createSurveyResponseSchema`).
 */
import { describe, expect, it } from "vitest";
import {
  parseComplaints,
  parseDeliveries,
  parsePenalties,
  parseSurveyResponses,
  type ParseResult,
} from "../../src/index.js";

const delivery = { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10" };
const complaint = { id: "r-1", customerId: "c-1", receivedAt: "2026-03-02", category: "product" };
const penalty = { id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "250", currency: "EUR" };
const survey = { id: "q-1", customerId: "c-1", date: "2026-03-02", score: "8", scaleMin: "0", scaleMax: "10" };

type Line = readonly [string, () => ParseResult<unknown>, string, string];

const LINES: readonly Line[] = [
  [
    "delivery: promisedAt missing",
    () => parseDeliveries([{ ...delivery, promisedAt: "" }]),
    "promisedAt",
    "required: the value is missing, null or empty",
  ],
  [
    "delivery: impossible date",
    () => parseDeliveries([{ ...delivery, promisedAt: "2026-02-30" }]),
    "promisedAt",
    "2026-02-30 is not a calendar date",
  ],
  [
    "delivery: wall time in the Paris DST gap",
    () => parseDeliveries([{ ...delivery, deliveredAt: "2026-03-29T02:30" }], { timeZone: "Europe/Paris" }),
    "deliveredAt",
    "2026-03-29T02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
  ],
  [
    "delivery: conforming spelled yes",
    () => parseDeliveries([{ ...delivery, deliveredAt: "2026-03-11", conforming: "yes" }]),
    "conforming",
    'expected true or false (or the texts "true", "false"), got "yes"',
  ],
  [
    "delivery: conforming as a number",
    () => parseDeliveries([{ ...delivery, deliveredAt: "2026-03-11", conforming: 1 }]),
    "conforming",
    'expected true or false (or the texts "true", "false"), got a number (1)',
  ],
  [
    "delivery: delivered before the request",
    () => parseDeliveries([{ ...delivery, requestedAt: "2026-03-05", deliveredAt: "2026-03-04" }]),
    "deliveredAt",
    "deliveredAt (2026-03-04T00:00:00.000Z) is before requestedAt (2026-03-05T00:00:00.000Z)",
  ],
  [
    "delivery: verdict without a delivery",
    () => parseDeliveries([{ ...delivery, conforming: "false" }]),
    "conforming",
    "a conformity verdict needs deliveredAt (an undelivered delivery is not assessed)",
  ],
  [
    "delivery: reason on a conforming delivery",
    () =>
      parseDeliveries([{ ...delivery, deliveredAt: "2026-03-11", conforming: true, nonConformityReason: "damaged" }]),
    "nonConformityReason",
    "a non-conformity reason needs conforming: false",
  ],
  [
    "complaint: unknown category",
    () => parseComplaints([{ ...complaint, category: "pricing" }]),
    "category",
    'expected one of "commercial", "product", "delivery", "billing", "other", got "pricing"',
  ],
  [
    "complaint: blank owner",
    () => parseComplaints([{ ...complaint, ownerId: "   " }]),
    "ownerId",
    "must not be blank (only spaces)",
  ],
  [
    "complaint: epoch number as a date",
    () => parseComplaints([{ ...complaint, receivedAt: 1_772_409_600_000 }]),
    "receivedAt",
    "a date must be an ISO 8601 string or a Date, not number",
  ],
  [
    "penalty: exponent",
    () => parsePenalties([{ ...penalty, amount: "2.5e2" }]),
    "amount",
    "exponents are not accepted in amounts (write the digits)",
  ],
  [
    "penalty: thousands separator without opting in",
    () => parsePenalties([{ ...penalty, amount: "1,250.00" }]),
    "amount",
    "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)",
  ],
  [
    "penalty: lower-case currency",
    () => parsePenalties([{ ...penalty, currency: "eur" }]),
    "currency",
    'unknown ISO 4217 currency code "eur" (codes are upper case: "EUR")',
  ],
  [
    "penalty: year after 2200",
    () => parsePenalties([{ ...penalty, date: "2201-01-01" }]),
    "date",
    "year 2201 is outside the business range 1900-2200",
  ],
  [
    "survey: score above its scale",
    () => parseSurveyResponses([{ ...survey, score: "10.5" }]),
    "score",
    "score 10.5 is outside its scale [0, 10]",
  ],
  [
    "survey: score below its scale",
    () => parseSurveyResponses([{ ...survey, score: "0", scaleMin: "1", scaleMax: "5" }]),
    "score",
    "score 0 is outside its scale [1, 5]",
  ],
  [
    "survey: empty scale",
    () => parseSurveyResponses([{ ...survey, score: "5", scaleMin: "5", scaleMax: "5" }]),
    "scaleMax",
    "scaleMax (5) must be above scaleMin (5)",
  ],
  [
    "survey: NaN score",
    () => parseSurveyResponses([{ ...survey, score: Number.NaN }]),
    "score",
    "NaN is not a finite number",
  ],
];

describe("bad-input catalogue: service records", () => {
  for (const [name, parse, path, message] of LINES) {
    it(name, () => {
      const result = parse();
      expect(result.records).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ index: 0, path: [path], message });
    });
  }
});
