import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { activityTable } from "../../table/activityTable.js";
import { visitedCustomers, visitedCustomersGrouped, VisitedCustomersResultSchema } from "./visitedCustomers.js";

// Hand-worked: two ISO weeks, W10 (2-8 March 2026) and W11 (9-15 March).
const visit = (
  id: string,
  ownerId: string,
  date: string,
  customerId: string | undefined,
  status: Activity["status"] = "done",
  type = "visit",
): Activity => ({
  id,
  ownerId,
  type,
  status,
  date: new Date(date),
  ...(customerId === undefined ? {} : { customerId }),
});

const ACTIVITIES: Activity[] = [
  visit("a1", "ann", "2026-03-02T09:00:00Z", "acme"),
  visit("a2", "ann", "2026-03-04T09:00:00Z", "acme"), // acme again the same week: one customer
  visit("a3", "bob", "2026-03-05T09:00:00Z", "globex"),
  visit("a4", "bob", "2026-03-06T09:00:00Z", undefined), // a visit naming no customer
  visit("a5", "ann", "2026-03-10T09:00:00Z", "acme"),
  visit("a6", "ann", "2026-03-11T09:00:00Z", "initech", "cancelled"),
  visit("a7", "ann", "2026-03-12T09:00:00Z", "umbrella", "done", "meeting"), // not a visit
  visit("a8", "bob", "2026-03-16T00:00:00Z", "hooli"), // at the range's end: outside
];
const RANGE = { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") };

describe("visitedCustomers (indicator 1)", () => {
  it("counts distinct customers with a done visit per ISO week", () => {
    const result = visitedCustomers(ACTIVITIES, { range: RANGE });
    expect(result.grain).toBe("week");
    expect(result.buckets.map((b) => [b.label, b.customers, b.visits, b.visitsWithoutCustomer])).toEqual([
      ["2026-W10", 2, 4, 1],
      ["2026-W11", 1, 1, 0],
    ]);
    expect(result.totals).toEqual({ customers: 2, visits: 5, visitsWithoutCustomer: 1 });
  });

  it("stops at asOf, explains with the visits' ids, and reads the same from a table", () => {
    const options = { range: RANGE, asOf: new Date("2026-03-05T00:00:00Z"), explain: true };
    const result = visitedCustomers(ACTIVITIES, options);
    expect(result.totals).toEqual({ customers: 1, visits: 2, visitsWithoutCustomer: 0 });
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
    expect(result.explain?.buckets).toEqual([
      { label: "2026-W10", activityIds: ["a1", "a2"] },
      { label: "2026-W11", activityIds: [] },
    ]);
    expect(visitedCustomers(activityTable(ACTIVITIES), options)).toEqual(result);
    expect(resultFromJSON(VisitedCustomersResultSchema, JSON.stringify(result))).toEqual(result);
  });

  it("groups by seller, the roster first, each seller on their own visits", () => {
    const grouped = visitedCustomersGrouped(ACTIVITIES, { range: RANGE, groupBy: "seller", sellers: [{ id: "cy" }] });
    expect(grouped.groups.map((g) => [g.key, g.result.totals.customers, g.result.totals.visits])).toEqual([
      ["cy", 0, 0],
      ["ann", 1, 3],
      ["bob", 1, 2],
    ]);
    expect(grouped.groups[1]?.result.scope).toEqual({ level: "seller", sellerId: "ann" });
  });
});
