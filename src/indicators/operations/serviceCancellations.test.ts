import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import { activityTable } from "../../table/activityTable.js";
import type { Ratio } from "../types.js";
import {
  serviceCancellations,
  serviceCancellationsGrouped,
  ServiceCancellationsResultSchema,
} from "./serviceCancellations.js";

// Worked by hand (no vendor publishes a worked example of appointments cancelled by the seller's
// side): each appointment below is listed with the column it lands in.

const appointment = (
  id: string,
  ownerId: string,
  date: string,
  type: string,
  status: Activity["status"],
  cancellationCause?: string,
): Activity => ({
  id,
  ownerId,
  type,
  status,
  date: new Date(date),
  ...(cancellationCause === undefined ? {} : { cancellationCause }),
});

const ACTIVITIES: Activity[] = [
  appointment("m1", "ann", "2026-03-02T09:00:00Z", "meeting", "done"),
  appointment("m2", "ann", "2026-03-04T09:00:00Z", "meeting", "cancelled", "service"), // the service's
  appointment("m3", "bob", "2026-03-06T09:00:00Z", "visit", "cancelled", "customer"),
  appointment("m4", "bob", "2026-03-10T09:00:00Z", "visit", "cancelled", "weather"), // other
  appointment("m5", "cy", "2026-03-12T09:00:00Z", "meeting", "cancelled"), // no cause given
  appointment("m6", "ann", "2026-03-16T09:00:00Z", "visit", "planned"),
  appointment("m7", "bob", "2026-03-20T09:00:00Z", "visit", "cancelled", "service"), // the service's
  appointment("m8", "ann", "2026-03-21T09:00:00Z", "call", "cancelled", "service"), // a call: no appointment
  appointment("m9", "ann", "2026-03-24T09:00:00Z", "meeting", "cancelled", "Service"), // causes are exact: other
  appointment("n1", "ann", "2026-04-02T09:00:00Z", "meeting", "cancelled", "service"),
  appointment("n2", "bob", "2026-04-08T09:00:00Z", "visit", "done"),
  appointment("n3", "ann", "2026-05-01T00:00:00Z", "meeting", "cancelled", "service"), // at the end: outside
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const ROSTER = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "cy", teamId: "south" },
];

const show = (ratio: Ratio<string>): string => (ratio.value === null ? `null:${ratio.reason}` : ratio.value.toString());

describe("serviceCancellations (indicator 3)", () => {
  it("counts per month the appointments cancelled for the service, and their share of all scheduled ones", () => {
    // March: scheduled = m1..m7 and m9 (8; the call m8 is not an appointment); cancelled = m2, m3,
    // m4, m5, m7, m9 (6): service m2, m7 (2), customer m3, other m4 ("weather") and m9 ("Service"),
    // none m5. Share 2 / 8 = 0.25.
    // April: n1 (service) and n2: share 1 / 2 = 0.5. Range: 3 / 10 = 0.3.
    const result = serviceCancellations(ACTIVITIES, { range: RANGE });
    expect(result.types).toEqual(["meeting", "visit"]);
    expect(
      result.buckets.map((b) => [
        b.label,
        b.scheduled,
        b.cancelled,
        b.cancelledForService,
        b.cancelledByCustomer,
        b.cancelledOther,
        b.cancelledWithoutCause,
        show(b.serviceShare),
      ]),
    ).toEqual([
      ["2026-03", 8, 6, 2, 1, 2, 1, "0.25"],
      ["2026-04", 2, 1, 1, 0, 0, 0, "0.5"],
    ]);
    expect(result.totals).toMatchObject({ scheduled: 10, cancelled: 7, cancelledForService: 3 });
    expect(show(result.totals.serviceShare)).toBe("0.3");
    expect(result.totals.serviceShare.numerator.toString()).toBe("3");
    expect(result.totals.serviceShare.denominator.toString()).toBe("10");
  });

  it("is null with no-scheduled on an empty period", () => {
    const result = serviceCancellations(ACTIVITIES, {
      range: { start: new Date("2026-06-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") },
    });
    expect(result.totals).toMatchObject({ scheduled: 0, cancelled: 0, cancelledForService: 0 });
    expect(show(result.totals.serviceShare)).toBe("null:no-scheduled");
  });

  it("reads the appointment types the caller names", () => {
    // Calls only: m8, cancelled for the service: 1 / 1.
    const calls = serviceCancellations(ACTIVITIES, { range: RANGE, types: ["call"] });
    expect([calls.totals.scheduled, calls.totals.cancelledForService, show(calls.totals.serviceShare)]).toEqual([
      1,
      1,
      "1",
    ]);
    expect(() => serviceCancellations(ACTIVITIES, { range: RANGE, types: [] })).toThrow(InvalidArgumentError);
  });

  it("stops at asOf: an appointment dated at asOf is not counted", () => {
    // asOf = m5's instant: m1..m4 only; cancelled m2, m3, m4; service m2: 1 / 4.
    const result = serviceCancellations(ACTIVITIES, { range: RANGE, asOf: new Date("2026-03-12T09:00:00Z") });
    expect([result.totals.scheduled, result.totals.cancelled, show(result.totals.serviceShare)]).toEqual([
      4,
      3,
      "0.25",
    ]);
    expect(result.buckets[1]?.scheduled).toBe(0);
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("scopes to one seller and to one team, and groups", () => {
    // ann: m1, m2, m6, m9, n1 scheduled (5); service m2, n1: 2 / 5 = 0.4.
    const ann = serviceCancellations(ACTIVITIES, { range: RANGE, scope: { level: "seller", sellerId: "ann" } });
    expect([ann.totals.scheduled, ann.totals.cancelledForService, show(ann.totals.serviceShare)]).toEqual([
      5,
      2,
      "0.4",
    ]);
    // Team south = bob + cy: m3, m4, m5, m7, n2 (5); service m7: 1 / 5 = 0.2.
    const south = serviceCancellations(ACTIVITIES, {
      range: RANGE,
      scope: { level: "team", teamId: "south" },
      sellers: ROSTER,
    });
    expect([south.totals.scheduled, show(south.totals.serviceShare)]).toEqual([5, "0.2"]);
    const grouped = serviceCancellationsGrouped(ACTIVITIES, { range: RANGE, groupBy: "seller" });
    expect(grouped.groups.map((g) => [g.key, g.result.totals.scheduled, show(g.result.totals.serviceShare)])).toEqual([
      ["ann", 5, "0.4"],
      ["bob", 4, "0.25"], // m3, m4, m7, n2; service m7
      ["cy", 1, "0"],
    ]);
    const byTeam = serviceCancellationsGrouped(ACTIVITIES, { range: RANGE, groupBy: "team", sellers: ROSTER });
    expect(byTeam.groups.map((g) => [g.key, show(g.result.totals.serviceShare)])).toEqual([
      ["north", "0.4"],
      ["south", "0.2"],
    ]);
  });

  it("places an appointment by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST): March in UTC, April in Paris.
    const late = [appointment("z1", "ann", "2026-03-31T22:30:00Z", "visit", "cancelled", "service")];
    expect(serviceCancellations(late, { range: RANGE }).buckets.map((b) => b.cancelledForService)).toEqual([1, 0]);
    const paris = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    const result = serviceCancellations(late, { range: paris, timeZone: "Europe/Paris" });
    expect(result.buckets.map((b) => [b.label, b.cancelledForService])).toEqual([
      ["2026-03", 0],
      ["2026-04", 1],
    ]);
  });

  it("explains with the ids of the appointments cancelled for the service, from a table too, and reads back", () => {
    const options = { range: RANGE, explain: true };
    const result = serviceCancellations(ACTIVITIES, options);
    expect(result.explain?.buckets).toEqual([
      { label: "2026-03", activityIds: ["m2", "m7"] },
      { label: "2026-04", activityIds: ["n1"] },
    ]);
    expect(serviceCancellations(activityTable(ACTIVITIES), options)).toEqual(result);
    expect(resultFromJSON(ServiceCancellationsResultSchema, JSON.stringify(result))).toEqual(result);
  });
});
