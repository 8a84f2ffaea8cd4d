import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MissingFieldsError, RowValidationError, formatRowError } from "../errors/index.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseOrders } from "../model/parseOrders.js";
import { parseSellers } from "../model/parseSellers.js";
import type { ParseOptions } from "../model/parseRows.js";
import { activityTable } from "./activityTable.js";
import { dealTable } from "./dealTable.js";
import { orderTable } from "./orderTable.js";
import { parseActivityTable } from "./parseActivityTable.js";
import { parseDealTable } from "./parseDealTable.js";
import { parseOrderTable } from "./parseOrderTable.js";

// Issue 9, item 4: French and other real exports, through the record parsers and the table
// parsers alike (same rules, same errors).

const order = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: "o-1",
  currency: "EUR",
  sellerId: "ana",
  customerId: "acme",
  ...fields,
});

/** Parses with both parsers, checks they agree, and returns the records' parse. */
function both(rows: readonly unknown[], options: ParseOptions): ReturnType<typeof parseOrders> {
  const records = parseOrders(rows, options);
  const table = parseOrderTable(rows, options);
  expect(table.errors).toEqual(records.errors);
  expect(table.table).toEqual(orderTable(records.records));
  return records;
}

describe("a French export: decimal comma, spaces, dd/MM/yyyy, Paris", () => {
  const options: ParseOptions = {
    timeZone: "Europe/Paris",
    decimalComma: true,
    dateFormat: "dd/MM/yyyy HH:mm",
    firstLine: 2,
  };
  const rows = [
    order({ id: "o-1", date: "31/03/2026 14:05", amount: "1 234,50" }),
    order({ id: "o-2", date: "25/10/2026 02:30", amount: "1\u202f234\u202f567,89" }),
    order({ id: "o-3", date: "29/03/2026 02:30", amount: "12.50" }),
    order({ id: "o-4", date: "31/02/2026 10:00", amount: "1 23,4" }),
    order({ id: "o-5", date: "2026-03-31", amount: "-1\u00a0000" }),
  ];

  it("reads the amounts exactly and the dates in the zone, with the ISO rules", () => {
    const { records } = both(rows, options);
    expect(records.map((record) => [record.id, record.date.toISOString(), record.amount.toString()])).toEqual([
      ["o-1", "2026-03-31T12:05:00.000Z", "1234.5"],
      ["o-2", "2026-10-25T00:30:00.000Z", "1234567.89"],
    ]);
  });

  it("names the row, its source line and the field of every problem", () => {
    const { errors } = both(rows, options);
    expect(
      errors.map((error) => [
        error.index,
        error.line,
        error.issues.map((issue) => [issue.path.join("."), issue.message]),
      ]),
    ).toEqual([
      [
        2,
        4,
        [
          ["date", "29/03/2026 02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)"],
          ["amount", "points are not accepted in amounts when decimalComma is on"],
        ],
      ],
      [
        3,
        5,
        [
          ["date", '"31/02/2026 10:00" is not a date in the format "dd/MM/yyyy HH:mm" (or not a calendar date)'],
          [
            "amount",
            '"1 23,4" is not grouped in thousands by a space with a comma as decimal mark (e.g. 1 234 567,89)',
          ],
        ],
      ],
      [4, 6, [["date", '"2026-03-31" is not a date in the format "dd/MM/yyyy HH:mm" (or not a calendar date)']]],
    ]);
    expect(formatRowError(errors[0]!)).toBe(
      'row 2, line 4 (id "o-3"), field date: 29/03/2026 02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap) (+1 more issue)',
    );
  });

  it("throws the same RowValidationError, line included, in fail-fast mode", () => {
    const failFast = { ...options, mode: "fail-fast" as const };
    const message =
      '[crm-kpi] row 2, line 4 (id "o-3"), field date: 29/03/2026 02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap) (+1 more issue)';
    expect(() => parseOrders(rows, failFast)).toThrow(message);
    expect(() => parseOrderTable(rows, failFast)).toThrow(message);
  });
});

describe("US and German exports: the thousandsSeparator option", () => {
  it("reads 1,234.50 with a comma separator, M/d/yyyy h:mm a in New York", () => {
    const { records, errors } = both(
      [
        order({ id: "o-1", date: "3/31/2026 2:05 PM", amount: "1,234.50" }),
        order({ id: "o-2", date: "3/8/2026 2:30 AM", amount: "12,5" }),
      ],
      { timeZone: "America/New_York", thousandsSeparator: ",", dateFormat: "M/d/yyyy h:mm a" },
    );
    expect(records.map((record) => [record.date.toISOString(), record.amount.toString()])).toEqual([
      ["2026-03-31T18:05:00.000Z", "1234.5"],
    ]);
    expect(errors[0]?.issues.map((issue) => issue.message)).toEqual([
      "3/8/2026 2:30 AM does not exist in America/New_York (it falls in a daylight-saving gap)",
      '"12,5" is not grouped in thousands by "," with a point as decimal mark (e.g. 1,234,567.89): a file cannot mix decimal marks',
    ]);
    expect(errors[0]?.line).toBeUndefined();
  });

  it("reads 1.234,50 with a point separator and a decimal comma", () => {
    const { records } = both([order({ date: "2026-03-02", amount: "1.234.567,5" })], {
      decimalComma: true,
      thousandsSeparator: ".",
    });
    expect(records[0]?.amount.toString()).toBe("1234567.5");
  });

  it("rejects a separator equal to the decimal mark, in both parsers", () => {
    for (const parse of [parseOrders, parseOrderTable]) {
      expect(() => parse([], { decimalComma: true, thousandsSeparator: "," })).toThrow(InvalidArgumentError);
      expect(() => parse([], { thousandsSeparator: "." })).toThrow(
        '[crm-kpi] thousandsSeparator "." is the decimal mark (decimalComma is off): a number could be read two ways',
      );
      expect(() => parse([], { dateFormat: "yyyy" })).toThrow(InvalidArgumentError);
      expect(() => parse([], { firstLine: -1 })).toThrow(
        "[crm-kpi] firstLine must be a whole number at least 0 (the source line of the first row), not a number (-1)",
      );
    }
  });
});

describe("probabilities, durations and dates of deals and activities", () => {
  const deal = {
    id: "d-1",
    ownerId: "ana",
    amount: "50 000",
    currency: "EUR",
    stage: "proposal",
    createdAt: "05/01/2026",
    status: "open",
  };
  const options: ParseOptions = { timeZone: "Europe/Paris", decimalComma: true, dateFormat: "dd/MM/yyyy" };

  it("reads 40%, 40 % and 12,5 % as probabilities, and expected close dates in the format", () => {
    const rows = [
      { ...deal, id: "d-1", probability: "40%", expectedCloseDate: "30/06/2026" },
      { ...deal, id: "d-2", probability: "40 %" },
      { ...deal, id: "d-3", probability: "12,5\u202f%" },
      { ...deal, id: "d-4", probability: "140 %" },
    ];
    const records = parseDeals(rows, options);
    const table = parseDealTable(rows, options);
    expect(table.errors).toEqual(records.errors);
    expect(table.table).toEqual(dealTable(records.records));
    expect(records.records.map((record) => record.probability?.toString())).toEqual(["0.4", "0.4", "0.125"]);
    expect(records.records[0]?.expectedCloseDate?.toISOString()).toBe("2026-06-29T22:00:00.000Z");
    expect(records.records[0]?.amount.toString()).toBe("50000");
    expect(records.errors.map((error) => error.message)).toEqual(["must be between 0 and 1 (got 1.4)"]);
  });

  it("reads activity dates and durations the same way", () => {
    const rows = [
      { id: "a-1", ownerId: "ana", type: "call", date: "02/03/2026", status: "done", durationMinutes: "1 440,5" },
    ];
    const records = parseActivities(rows, options);
    const table = parseActivityTable(rows, options);
    expect(table.errors).toEqual(records.errors);
    expect(table.table).toEqual(activityTable(records.records));
    expect(records.records[0]?.durationMinutes).toBe(1440.5);
    expect(records.records[0]?.date.toISOString()).toBe("2026-03-01T23:00:00.000Z");
  });
});

describe("a CSV with its CRM's own headers: one MissingFieldsError", () => {
  const crmRows = Array.from({ length: 1000 }, (_, i) => ({
    "Order ID": `O-${i}`,
    "Date de commande": "02/03/2026",
    Montant: "1 234,50",
  }));

  it("is thrown once, naming the expected fields and the keys found, by record and table parsers", () => {
    for (const parse of [parseOrders, parseOrderTable]) {
      for (const mode of ["collect", "fail-fast"] as const) {
        let caught: unknown = null;
        try {
          parse(crmRows, { mode });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(MissingFieldsError);
        const error = caught as MissingFieldsError;
        expect(error.code).toBe("MISSING_FIELDS");
        expect(error.expected).toEqual([
          "id",
          "date",
          "amount",
          "currency",
          "sellerId",
          "customerId",
          "grossAmount",
          "discount",
          "margin",
          "hoursSold",
          "offerId",
          "dealId",
        ]);
        expect(error.found).toEqual(["Order ID", "Date de commande", "Montant"]);
        expect(error.message).toBe(
          '[crm-kpi] no row has any of the expected fields (id, date, amount, currency, sellerId, customerId, grossAmount, discount, margin, hoursSold, offerId, dealId); the rows have the fields "Order ID", "Date de commande", "Montant": rename the columns to the expected names',
        );
      }
    }
    expect(() => parseSellers([{ Vendeur: "Ana" }])).toThrow(MissingFieldsError);
    expect(() => parseDealTable([{ Deal: "x" }])).toThrow(MissingFieldsError);
    expect(() => parseActivityTable([{ Activity: "x" }])).toThrow(MissingFieldsError);
  });

  it("is not thrown when one row has an expected field (even empty), nor for rows without keys", () => {
    const withOne = [...crmRows.slice(0, 3), { id: "" }];
    expect(parseOrders(withOne).errors).toHaveLength(4);
    expect(parseOrderTable(withOne).errors).toHaveLength(4);
    expect(parseOrders([{}, null]).errors.map((error) => error.path)).toEqual([["id"], []]);
    expect(parseOrderTable([{}, null]).errors.map((error) => error.path)).toEqual([["id"], []]);
    expect(parseOrders([]).inputCount).toBe(0);
  });

  it("is not thrown when the first row is bad but a later one has the fields, in fail-fast mode", () => {
    const rows = [{ Montant: "1" }, order({ date: "2026-03-02", amount: "1" })];
    expect(() => parseOrders(rows, { mode: "fail-fast" })).toThrow(RowValidationError);
    expect(() => parseOrderTable(rows, { mode: "fail-fast" })).toThrow(RowValidationError);
  });
});
