import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseDeals } from "./parseDeals.js";
import { parseRevenueTargets } from "./parseRevenueTargets.js";
import { parseActivityTargets } from "./parseActivityTargets.js";

// Properties of the cross-field rules (settled detail 6 and the target range rule), against an oracle.

const instant = fc.date({
  min: new Date("2020-01-01T00:00:00Z"),
  max: new Date("2030-12-31T00:00:00Z"),
  noInvalidDate: true,
});

test.prop([fc.constantFrom("open", "won", "lost"), instant, fc.option(instant, { nil: undefined })], { numRuns: 100 })(
  "a deal is accepted exactly when (open and no closedAt) or (won/lost and closedAt >= createdAt)",
  (status, createdAt, closedAt) => {
    const row = {
      id: "d",
      ownerId: "s",
      amount: "1",
      currency: "EUR",
      stage: "x",
      status,
      createdAt: createdAt.toISOString(),
      closedAt: closedAt?.toISOString() ?? "",
    };
    const result = parseDeals([row]);
    const valid =
      status === "open" ? closedAt === undefined : closedAt !== undefined && closedAt.getTime() >= createdAt.getTime();
    expect(result.records.length).toBe(valid ? 1 : 0);
    if (!valid) expect(result.errors[0]?.issues.map((issue) => issue.path)).toEqual([["closedAt"]]);
  },
);

test.prop([instant, instant, fc.constantFrom("seller", "team", "company"), fc.boolean()], { numRuns: 100 })(
  "a target is accepted exactly when end > start and scopeId is given for seller/team only",
  (start, end, level, withScope) => {
    const base = { id: "t", level, scopeId: withScope ? "x" : "", start: start.toISOString(), end: end.toISOString() };
    const valid = end.getTime() > start.getTime() && withScope === (level !== "company");
    const revenue = parseRevenueTargets([{ ...base, amount: "10", currency: "EUR" }]);
    const activity = parseActivityTargets([{ ...base, type: "call", count: "3" }]);
    expect(revenue.records.length).toBe(valid ? 1 : 0);
    expect(activity.records.length).toBe(valid ? 1 : 0);
    expect(revenue.errors.map((error) => error.issues)).toEqual(activity.errors.map((error) => error.issues));
  },
);
