import { expect, test } from "vitest";
import type { Activity } from "../model/types.js";
import type { ActivityColumns } from "./_columns.js";
import { activityTable } from "./activityTable.js";

test("types, owners and statuses are codes, in order of first appearance", () => {
  const day = new Date(Date.UTC(2026, 2, 2));
  const activities: Activity[] = [
    { id: "a-1", ownerId: "s-2", type: "visit", date: day, status: "done" },
    { id: "a-2", ownerId: "s-1", type: "call", date: day, status: "cancelled" },
    { id: "a-3", ownerId: "s-2", type: "constructor", date: day, status: "planned" },
  ];
  const table = activityTable(activities) as ActivityColumns;
  expect(table.kind).toBe("activities");
  expect(table.owners).toEqual(["s-2", "s-1"]);
  expect([...table.ownerCodes]).toEqual([0, 1, 0]);
  expect(table.types).toEqual(["visit", "call", "constructor"]);
  expect([...table.typeCodes]).toEqual([0, 1, 2]);
  expect([...table.statusCodes]).toEqual([0, 2, 1]);
});
