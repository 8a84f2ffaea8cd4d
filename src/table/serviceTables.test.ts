import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseComplaints } from "../model/parseComplaints.js";
import { parseDeliveries } from "../model/parseDeliveries.js";
import { parsePenalties } from "../model/parsePenalties.js";
import { parseSurveyResponses } from "../model/parseSurveyResponses.js";
import { InvalidArgumentError, RowValidationError } from "../errors/index.js";
import { deliveryLateness } from "../indicators/service/deliveryLateness.js";
import {
  complaintTable,
  deliveryTable,
  parseComplaintTable,
  parseDeliveryTable,
  parsePenaltyTable,
  parseSurveyResponseTable,
  penaltyTable,
  surveyResponseTable,
} from "./serviceTables.js";

const deliveryRow = fc.record({
  id: fc.constantFrom("l1", "l2", "l3", "__proto__"),
  orderId: fc.constantFrom("o1", ""),
  customerId: fc.constant("c1"),
  promisedAt: fc.constantFrom("2026-03-10", "2026-02-30", "2026-03-10T12:00"),
  deliveredAt: fc.constantFrom("", "2026-03-12", "2026-03-01"),
  requestedAt: fc.constantFrom("", "2026-03-05"),
  conforming: fc.constantFrom("", "true", "false", "yes"),
  nonConformityReason: fc.constantFrom("", "damaged"),
});
const surveyRow = fc.record({
  id: fc.constantFrom("q1", "q2", "q3"),
  customerId: fc.constant("c1"),
  date: fc.constantFrom("2026-03-02", "2026-13-01"),
  score: fc.constantFrom("9", "11", "4,5", "0"),
  scaleMin: fc.constantFrom("0", "1"),
  scaleMax: fc.constantFrom("10", "5", "1"),
});

describe("service tables", () => {
  test.prop([fc.array(deliveryRow, { maxLength: 12 }), fc.constantFrom("UTC", "Europe/Paris")])(
    "parseDeliveryTable gives the table and the errors of deliveryTable(parseDeliveries(rows))",
    (rows, timeZone) => {
      const parsed = parseDeliveries(rows, { timeZone });
      const tabled = parseDeliveryTable(rows, { timeZone });
      expect(tabled.errors).toEqual(parsed.errors);
      expect(tabled.inputCount).toBe(parsed.inputCount);
      expect(tabled.table).toEqual(deliveryTable(parsed.records));
    },
  );

  test.prop([fc.array(surveyRow, { maxLength: 10 }), fc.boolean()])(
    "parseSurveyResponseTable gives the table and the errors of surveyResponseTable(parseSurveyResponses(rows))",
    (rows, decimalComma) => {
      const parsed = parseSurveyResponses(rows, { decimalComma });
      const tabled = parseSurveyResponseTable(rows, { decimalComma });
      expect(tabled.errors).toEqual(parsed.errors);
      expect(tabled.table).toEqual(surveyResponseTable(parsed.records));
    },
  );

  it("parses complaints and penalties into tables the same way", () => {
    const complaints = [
      { id: "r1", customerId: "c1", receivedAt: "2026-03-02", category: "commercial", ownerId: "ann" },
      { id: "r1", customerId: "c1", receivedAt: "2026-03-03", category: "billing" },
    ];
    expect(parseComplaintTable(complaints).table).toEqual(complaintTable(parseComplaints(complaints).records));
    expect(parseComplaintTable(complaints).errors.map((e) => [e.index, e.path])).toEqual([[1, ["id"]]]);
    const penalties = [{ id: "p1", customerId: "c1", date: "2026-03-20", amount: "1 250,50", currency: "EUR" }];
    const options = { decimalComma: true };
    expect(parsePenaltyTable(penalties, options).table).toEqual(
      penaltyTable(parsePenalties(penalties, options).records),
    );
    expect(() => parsePenaltyTable([{ id: "p1", amount: "x" }], { mode: "fail-fast" })).toThrow(RowValidationError);
  });

  it("a table is accepted where records are, and a table of another kind is refused", () => {
    const { table } = parseDeliveryTable([
      { id: "l1", orderId: "o1", customerId: "c1", promisedAt: "2026-03-02", deliveredAt: "2026-03-04" },
    ]);
    const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
    expect(deliveryLateness(table, { period }).lateness.mean?.toString()).toBe("2");
    expect(() => deliveryLateness(complaintTable([]) as never, { period })).toThrow(InvalidArgumentError);
  });
});
