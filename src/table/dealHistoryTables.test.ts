import { describe, expect, it } from "vitest";
import { parseDealCloseDateChanges } from "../model/parseDealCloseDateChanges.js";
import { parseDealStageChanges } from "../model/parseDealStageChanges.js";
import { recordColumnsOf } from "./recordTable.js";
import {
  dealCloseDateChangeTable,
  dealStageChangeTable,
  parseDealCloseDateChangeTable,
  parseDealStageChangeTable,
} from "./dealHistoryTables.js";

// The deal history tables hold what the kernel reads (spec section 7 field names), and the table
// parsers give the same rejected rows and the same table as the record parsers.

const stageRows = [
  { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03" },
  { id: "h-2", dealId: "d-2", stage: "", enteredAt: "2026-02-04" },
  { id: "h-3", dealId: "__proto__", stage: "won", enteredAt: "2026-02-05T10:00:00Z" },
];
const closeRows = [
  { id: "c-1", dealId: "d-1", expectedCloseDate: "2026-04-30T23:30:00Z", changedAt: "2026-03-02" },
  { id: "c-1", dealId: "d-2", expectedCloseDate: "2026-05-31", changedAt: "2026-03-02" },
];

describe("deal history tables", () => {
  it("store the columns the kernel reads, in the records' order", () => {
    const table = recordColumnsOf(dealStageChangeTable(parseDealStageChanges(stageRows).records), "stageChanges", "t");
    expect(table.size).toBe(2);
    expect(table.ids).toEqual(["h-1", "h-3"]);
    expect(table.coded.get("dealId")?.values).toEqual(["d-1", "__proto__"]);
    expect(table.coded.get("stage")?.values).toEqual(["proposal", "won"]);
    expect([...(table.times.get("enteredAt") ?? [])]).toEqual([
      Date.parse("2026-02-03T00:00:00Z"),
      Date.parse("2026-02-05T10:00:00Z"),
    ]);
    const close = recordColumnsOf(
      dealCloseDateChangeTable(parseDealCloseDateChanges(closeRows).records),
      "closeDateChanges",
      "t",
    );
    expect([...(close.times.get("expectedCloseDate") ?? [])]).toEqual([Date.parse("2026-04-30T00:00:00Z")]);
  });

  it("parse straight into a table with the record parser's errors", () => {
    const parsed = parseDealStageChangeTable(stageRows);
    expect(parsed.table.size).toBe(2);
    expect(parsed.errors).toEqual(parseDealStageChanges(stageRows).errors);
    expect(parsed.inputCount).toBe(3);
    const close = parseDealCloseDateChangeTable(closeRows, { timeZone: "Europe/Paris" });
    expect(close.table.size).toBe(1);
    expect(close.errors.map((error) => [error.index, error.path])).toEqual([[1, ["id"]]]);
  });
});
