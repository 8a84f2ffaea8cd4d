import { describe, expect, it } from "vitest";
import * as schemas from "./schemas.js";

// The `crm-kpi/schemas` entry point: what it exports, and the TSDoc examples run as written.

describe("crm-kpi/schemas entry point", () => {
  it("exports the schemas, factories and parse functions", () => {
    for (const name of [
      "SellerSchema",
      "OrderSchema",
      "RevenueTargetSchema",
      "DealSchema",
      "ActivitySchema",
      "ActivityTargetSchema",
      "createSellerSchema",
      "createOrderSchema",
      "createRevenueTargetSchema",
      "createDealSchema",
      "createActivitySchema",
      "createActivityTargetSchema",
      "parseSellers",
      "parseOrders",
      "parseRevenueTargets",
      "parseDeals",
      "parseActivities",
      "parseActivityTargets",
      "parseRows",
      "RowValidationError",
      "InvalidArgumentError",
      "isCrmKpiError",
      "formatRowError",
    ]) {
      expect(schemas, name).toHaveProperty(name);
    }
  });

  it("runs the parseRows example", () => {
    const result = schemas.parseRows(schemas.SellerSchema, [
      { id: "s-1", name: "Alice" },
      null,
      { id: "s-1", name: "Bob" },
    ]);
    expect(result.records).toEqual([{ id: "s-1", name: "Alice" }]);
    expect(result.inputCount).toBe(3);
    expect(result.errors.map(({ index, id, path, message }) => ({ index, id, path, message }))).toEqual([
      { index: 1, id: null, path: [], message: "a row must be a plain object (field names to values), not null" },
      {
        index: 2,
        id: "s-1",
        path: ["id"],
        message: 'duplicate id "s-1": row 0 has the same id (the later row is rejected)',
      },
    ]);
  });

  it("runs the schema examples", () => {
    expect(
      schemas.RevenueTargetSchema.safeParse({
        id: "t-1",
        level: "seller",
        start: "2026-02-01",
        end: "2026-01-01",
        amount: "10",
        currency: "EUR",
      }).error?.issues.map((issue) => issue.path),
    ).toEqual([["scopeId"], ["end"]]);
    expect(
      schemas.ActivityTargetSchema.safeParse({
        id: "at-1",
        level: "company",
        type: "call",
        start: "2026-01-01",
        end: "2026-02-01",
        count: "-1",
      }).error?.issues[0]?.message,
    ).toBe("must be at least 0 (got -1)");
    expect(
      schemas.DealSchema.safeParse({
        id: "d-1",
        ownerId: "s-1",
        amount: 100,
        currency: "EUR",
        stage: "won",
        createdAt: "2026-01-10",
        status: "won",
      }).error?.issues[0],
    ).toMatchObject({ code: "custom", path: ["closedAt"], message: "required: a won deal needs closedAt" });
    expect(
      schemas.ActivitySchema.safeParse({ id: "a-1", ownerId: "s-1", type: "call", date: "2026-03-02", status: "Done" })
        .error?.issues[0]?.message,
    ).toBe('expected one of "done", "planned", "cancelled", got "Done"');
    const deal = schemas.createDealSchema({ timeZone: "Europe/Paris" }).parse({
      id: "d-1",
      ownerId: "s-1",
      amount: "50000",
      currency: "EUR",
      stage: "proposal",
      probability: "0.4",
      createdAt: "2026-01-10",
      expectedCloseDate: "2026-03-31T23:30:00Z",
      status: "open",
    });
    expect(deal.createdAt.toISOString()).toBe("2026-01-09T23:00:00.000Z");
    expect(deal.expectedCloseDate?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it("runs the parse function examples", () => {
    const sellers = schemas.parseSellers([
      { id: "s-1", name: "Alice", teamId: "north" },
      { id: "s-2" },
      { id: "", name: "Bob" },
    ]);
    expect(sellers.records).toEqual([{ id: "s-1", name: "Alice", teamId: "north" }, { id: "s-2" }]);
    expect(sellers.errors[0]).toMatchObject({
      index: 2,
      id: "",
      path: ["id"],
      message: "required: the value is missing, null or empty",
    });
    const deals = schemas.parseDeals([
      {
        id: "d-1",
        ownerId: "s-1",
        amount: "50000",
        currency: "EUR",
        stage: "proposal",
        createdAt: "2026-02-01",
        status: "won",
        closedAt: "2026-01-15",
      },
    ]);
    expect(deals.errors[0]?.message).toBe(
      "closedAt (2026-01-15T00:00:00.000Z) is before createdAt (2026-02-01T00:00:00.000Z)",
    );
    const activities = schemas.parseActivities(
      [{ id: "a-1", ownerId: "s-1", type: "call", date: "2026-03-02T09:30", status: "done", durationMinutes: "12.5" }],
      { timeZone: "Europe/Paris" },
    );
    expect(activities.records).toEqual([
      {
        id: "a-1",
        ownerId: "s-1",
        type: "call",
        date: new Date("2026-03-02T08:30:00.000Z"),
        status: "done",
        durationMinutes: 12.5,
      },
    ]);
    const targets = schemas.parseActivityTargets([
      { id: "at-1", level: "company", scopeId: "", type: "demo", start: "2026-01-01", end: "2026-04-01", count: "30" },
    ]);
    expect(targets.records[0]?.count.toString()).toBe("30");
  });
});
