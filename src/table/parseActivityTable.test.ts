import { expect, test } from "vitest";
import { parseActivityTable } from "./parseActivityTable.js";

test("the TSDoc example: a repeated id is rejected, naming the first row", () => {
  const { table, errors } = parseActivityTable([
    { id: "a-1", ownerId: "ana", type: "call", date: "2026-03-02T10:00:00Z", status: "done" },
    { id: "a-1", ownerId: "ana", type: "call", date: "2026-03-03T10:00:00Z", status: "done" },
  ]);
  expect(table.size).toBe(1);
  expect(errors[0]?.message).toBe('duplicate id "a-1": row 0 has the same id (the later row is rejected)');
});
