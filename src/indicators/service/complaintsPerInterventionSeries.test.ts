import { describe, expect, it } from "vitest";
import type { Complaint } from "../../model/serviceTypes.js";
import type { Activity } from "../../model/types.js";
import { complaintTable } from "../../table/serviceTables.js";
import { complaintsPerInterventionSeries } from "./complaintsPerInterventionSeries.js";

const complaint = (id: string, receivedAt: string, ownerId?: string): Complaint => ({
  id,
  customerId: "c1",
  receivedAt: new Date(receivedAt),
  category: "commercial",
  ...(ownerId === undefined ? {} : { ownerId }),
});
const call = (id: string, date: string, ownerId = "ann"): Activity => ({
  id,
  ownerId,
  type: "call",
  date: new Date(date),
  status: "done",
});
const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

describe("complaintsPerInterventionSeries (14)", () => {
  // Worked by hand: January r1 (ann) over a1, a2 (ann): 0.5; February r2 (no owner) and r3 (bob)
  // over a3 (bob): 2 for the company; March nothing before asOf 1 March: no-interventions.
  const complaints = [
    complaint("r1", "2026-01-10T00:00:00Z", "ann"),
    complaint("r2", "2026-02-03T00:00:00Z"),
    complaint("r3", "2026-02-20T00:00:00Z", "bob"),
    complaint("r4", "2026-03-05T00:00:00Z", "ann"),
  ];
  const activities = [
    call("a1", "2026-01-05T00:00:00Z"),
    call("a2", "2026-01-06T00:00:00Z"),
    call("a3", "2026-02-04T00:00:00Z", "bob"),
    call("a4", "2026-03-02T00:00:00Z"),
  ];
  const asOf = new Date("2026-03-01T00:00:00Z");

  it("gives each month's rate, cut by asOf, with each bucket's ids", () => {
    const series = complaintsPerInterventionSeries(complaints, activities, { range, asOf, explain: true });
    expect(
      series.buckets.map((b) => [b.label, b.complaints, b.interventions, b.rate.value?.toString() ?? b.rate.reason]),
    ).toEqual([
      ["2026-01", 1, 2, "0.5"],
      ["2026-02", 2, 1, "2"],
      ["2026-03", 0, 0, "no-interventions"],
    ]);
    expect(series.buckets[1]?.explain).toEqual({ complaintIds: ["r2", "r3"], interventionIds: ["a3"] });
    expect([series.total.complaints, series.total.interventions]).toEqual([3, 3]);
    expect(complaintsPerInterventionSeries(complaintTable(complaints), activities, { range, asOf })).toEqual(
      complaintsPerInterventionSeries(complaints, activities, { range, asOf }),
    );
  });

  it("warns in the buckets whose complaints name no seller, for a seller's scope", () => {
    // bob: February r3 over a3 = 1, and r2 (no owner) is warned about in February only.
    const bob = complaintsPerInterventionSeries(complaints, activities, {
      range,
      asOf,
      scope: { level: "seller", sellerId: "bob" },
    });
    expect(bob.buckets.map((b) => [b.label, b.rate.value?.toString() ?? b.rate.reason, b.warnings.length])).toEqual([
      ["2026-01", "no-interventions", 0],
      ["2026-02", "1", 1],
      ["2026-03", "no-interventions", 0],
    ]);
    expect(bob.total.warnings.map((w) => w.code)).toEqual(["complaints-without-owner"]);
    expect(() =>
      complaintsPerInterventionSeries(complaints, activities, { range: { start: range.end, end: range.start } }),
    ).toThrow(/range/);
  });
});
