import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { checkPeriod } from "./checkPeriod.js";
import { createPeriod } from "./createPeriod.js";
import { GRAINS } from "./types.js";

describe("createPeriod", () => {
  it("builds a half-open period with its own copies of the dates", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const end = new Date("2026-04-01T00:00:00Z");
    const period = createPeriod(start, end);
    expect(period).toEqual({ start, end });
    expect(period.start).not.toBe(start);
    start.setTime(0);
    expect(period.start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("accepts a one-millisecond period and rejects an empty or reversed one", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    expect(createPeriod(t, new Date(t.getTime() + 1)).end.getTime() - t.getTime()).toBe(1);
    expect(() => createPeriod(t, t)).toThrow(InvalidArgumentError);
    expect(() => createPeriod(t, t)).toThrow(
      "[crm-kpi] period must end after it starts ([2026-01-01T00:00:00.000Z, 2026-01-01T00:00:00.000Z))",
    );
    expect(() => createPeriod(t, new Date(t.getTime() - 1))).toThrow(/must end after it starts/);
  });

  it("rejects invalid dates and values that are not Dates", () => {
    expect(() => createPeriod(new Date(Number.NaN), new Date())).toThrow("[crm-kpi] period.start must be a valid Date");
    expect(() => createPeriod(new Date(), new Date(Number.NaN))).toThrow("[crm-kpi] period.end must be a valid Date");
    expect(() => createPeriod("2026-01-01" as unknown as Date, new Date())).toThrow(
      /period.start must be a valid Date/,
    );
    expect(() => createPeriod(1 as unknown as Date, new Date())).toThrow(/period.start must be a valid Date/);
  });

  it("checkPeriod names the argument and rejects non-objects", () => {
    expect(() => checkPeriod(null as unknown as { start: Date; end: Date }, "target")).toThrow(
      "[crm-kpi] target must be an object { start, end }",
    );
    expect(() => checkPeriod({} as { start: Date; end: Date }, "range")).toThrow(
      "[crm-kpi] range.start must be a valid Date",
    );
  });
});

describe("GRAINS", () => {
  it("lists the grains in increasing length", () => {
    expect(GRAINS).toEqual(["day", "week", "month", "quarter", "semester", "year"]);
  });
});
