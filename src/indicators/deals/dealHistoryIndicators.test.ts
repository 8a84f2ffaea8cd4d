import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import type { DealCloseDateChange, DealStageChange } from "../../model/dealHistory.js";
import type { Deal } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { dealCloseDateChangeTable, dealStageChangeTable } from "../../table/dealHistoryTables.js";
import { pipelineAgeing, PipelineAgeingResultSchema } from "./pipelineAgeing.js";
import { slippedDeals, slippedDealsGrouped, SlippedDealsResultSchema } from "./slippedDeals.js";
import { stageConversion, stageConversionGrouped, StageConversionResultSchema } from "./stageConversion.js";

// Hand-worked examples of the indicators that read deal history (stage conversion, slipped deals)
// and of pipeline ageing (spec section 7).

const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

function deal(id: string, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    ownerId: "ann",
    amount: toDecimal("1000"),
    currency: "EUR",
    stage: "proposal",
    status: "open",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    ...extra,
  };
}

const entered = (id: string, dealId: string, stage: string, at = "2026-02-01T00:00:00Z"): DealStageChange => ({
  id,
  dealId,
  stage,
  enteredAt: new Date(at),
});

describe("stageConversion", () => {
  const stages = ["lead", "qualified", "proposal", "won"];
  const deals = [
    deal("a"),
    deal("b"),
    deal("c"),
    deal("d", { ownerId: "bob" }),
    deal("e", { createdAt: new Date("2026-03-05T00:00:00Z") }),
  ];
  const history = [
    entered("1", "a", "lead"),
    entered("2", "a", "qualified"),
    entered("3", "a", "proposal"),
    entered("4", "a", "won", "2026-03-20T00:00:00Z"),
    entered("5", "b", "lead"),
    entered("6", "b", "qualified"),
    entered("7", "c", "proposal"), // skipped lead and qualified: it passed them
    entered("8", "d", "lead"),
    entered("9", "e", "lead", "2026-03-06T00:00:00Z"),
    entered("10", "zz", "won"), // no such deal: not counted
    entered("11", "b", "lost-stage"), // not in the list: ignored
  ];

  it("counts deals that reached a stage or a later one, and converts pair by pair", () => {
    // Worked by hand: lead 5 (a b c d e), qualified 3 (a b c), proposal 2 (a c), won 1 (a).
    const r = stageConversion(deals, { stages, stageChanges: history });
    expect(r.reached.map((s) => s.dealCount)).toEqual([5, 3, 2, 1]);
    expect(r.steps.map((s) => [s.from, s.to, s.conversion.value?.toString()])).toEqual([
      ["lead", "qualified", "0.6"],
      ["qualified", "proposal", "0.666666666666666666666666666666666666666666666666666666666667"],
      ["proposal", "won", "0.5"],
    ]);
    expect(r.overall.value?.toString()).toBe("0.2");
    expect(JSON.stringify(resultFromJSON(StageConversionResultSchema, JSON.stringify(r)))).toBe(JSON.stringify(r));
  });

  it("cuts the history at asOf, takes a cohort by creation period, and reads a table the same way", () => {
    const cut = stageConversion(deals, { stages, stageChanges: history, asOf: new Date("2026-03-10T00:00:00Z") });
    expect(cut.reached.map((s) => s.dealCount)).toEqual([5, 3, 2, 0]);
    const cohort = stageConversion(deals, { stages, stageChanges: dealStageChangeTable(history), period: MARCH });
    expect([cohort.dealCount, ...cohort.reached.map((s) => s.dealCount)]).toEqual([1, 1, 0, 0, 0]);
    expect(cohort.steps[1]?.conversion).toMatchObject({ value: null, reason: "none-reached" });
  });

  it("says there is no history rather than guess from the current stage", () => {
    for (const stageChanges of [undefined, [] as DealStageChange[]]) {
      const r = stageConversion(deals, { stages, ...(stageChanges === undefined ? {} : { stageChanges }) });
      expect([r.history, r.reason, r.reached, r.steps, r.overall.reason]).toEqual([
        false,
        "no-stage-history",
        [],
        [],
        "no-stage-history",
      ]);
    }
  });

  it("splits by seller through each deal's owner, and refuses bad stage lists", () => {
    const r = stageConversionGrouped(deals, { stages, stageChanges: history, groupBy: "seller" });
    expect(r.groups.map((g) => [g.key, g.result.reached.map((s) => s.dealCount)])).toEqual([
      ["ann", [4, 3, 2, 1]],
      ["bob", [1, 0, 0, 0]],
    ]);
    expect(() => stageConversion(deals, { stages: ["lead"] })).toThrow(/at least two/);
    expect(() => stageConversion(deals, { stages: ["lead", "lead"] })).toThrow(/distinct/);
  });
});

describe("slippedDeals", () => {
  const moved = (id: string, dealId: string, day: string, at: string): DealCloseDateChange => ({
    id,
    dealId,
    expectedCloseDate: new Date(`${day}T00:00:00Z`),
    changedAt: new Date(at),
  });
  const deals = [
    deal("a"),
    deal("b", { amount: toDecimal("500") }),
    deal("c", { status: "won", closedAt: new Date("2026-03-25T00:00:00Z") }),
    deal("d"),
  ];
  const history = [
    moved("1", "a", "2026-03-15", "2026-02-01T00:00:00Z"),
    moved("2", "a", "2026-03-31", "2026-03-10T00:00:00Z"), // +16 days in March
    moved("3", "a", "2026-04-10", "2026-03-30T00:00:00Z"), // +10 days in March
    moved("4", "b", "2026-03-20", "2026-02-01T00:00:00Z"),
    moved("5", "b", "2026-03-10", "2026-03-05T00:00:00Z"), // earlier: not a slip
    moved("6", "c", "2026-03-01", "2026-02-01T00:00:00Z"),
    moved("7", "c", "2026-03-21", "2026-02-20T00:00:00Z"), // slipped, but in February
    moved("8", "c", "2026-03-24", "2026-03-02T00:00:00Z"), // +3 days; c was won since: still slipped
    moved("9", "d", "2026-05-01", "2026-03-03T00:00:00Z"), // d's first change: nothing to compare with
  ];

  it("counts deals whose expected close moved later in the period, with the days moved", () => {
    // Worked by hand: a slipped 16 + 10 = 26 days, c 3 days: 2 deals, 2000 EUR, 29 days, mean 14.5.
    const r = slippedDeals(deals, { period: MARCH, closeDateChanges: history, explain: true });
    expect([
      r.reading,
      r.dealCount,
      r.amount.toString(),
      r.daysMoved?.toString(),
      r.meanDays.value?.toString(),
    ]).toEqual(["close-date-history", 2, "2000", "29", "14.5"]);
    expect(r.explain?.dealIds).toEqual(["a", "c"]);
    expect(JSON.stringify(resultFromJSON(SlippedDealsResultSchema, JSON.stringify(r)))).toBe(JSON.stringify(r));
    // Cut at asOf 20 March: a's second move (30 March) is not counted yet.
    const cut = slippedDeals(deals, {
      period: MARCH,
      asOf: new Date("2026-03-20T00:00:00Z"),
      closeDateChanges: dealCloseDateChangeTable(history),
    });
    expect([cut.dealCount, cut.daysMoved?.toString()]).toEqual([2, "19"]);
  });

  it("ignores the history of a deal that is not among the deals, for the company as for a seller", () => {
    // "zz" slips 30 days in March but is no deal of the input: the figures are the first test's.
    const orphan = [...history, moved("10", "zz", "2026-03-01", "2026-02-01T00:00:00Z")];
    orphan.push(moved("11", "zz", "2026-03-31", "2026-03-05T00:00:00Z"));
    const company = slippedDeals(deals, { period: MARCH, closeDateChanges: orphan, explain: true });
    expect([company.dealCount, company.daysMoved?.toString(), company.explain?.dealIds]).toEqual([2, "29", ["a", "c"]]);
    const ann = slippedDeals(deals, {
      period: MARCH,
      closeDateChanges: orphan,
      scope: { level: "seller", sellerId: "ann" },
    });
    expect([ann.dealCount, ann.daysMoved?.toString()]).toEqual([2, "29"]);
  });

  it("without history, reads the open deals overdue at asOf and says so", () => {
    const open = [
      deal("x", { expectedCloseDate: new Date("2026-03-15T00:00:00Z") }), // due today: not overdue (settled detail 8)
      deal("y", { expectedCloseDate: new Date("2026-03-05T00:00:00Z") }), // 10 days overdue
      deal("z", { expectedCloseDate: new Date("2026-03-13T00:00:00Z"), amount: toDecimal("3") }), // 2 days overdue
      deal("w"), // undated
    ];
    const r = slippedDeals(open, { period: MARCH, asOf: new Date("2026-03-15T18:00:00Z") });
    expect([r.reading, r.dealCount, r.amount.toString(), r.daysMoved, r.meanDays.value?.toString()]).toEqual([
      "overdue",
      2,
      "1003",
      null,
      "6",
    ]);
    const grouped = slippedDealsGrouped(open, {
      period: MARCH,
      asOf: new Date("2026-03-15T18:00:00Z"),
      groupBy: "seller",
      sellers: [{ id: "bob" }],
    });
    expect(grouped.groups.map((g) => [g.key, g.result.dealCount, g.result.meanDays.reason])).toEqual([
      ["bob", 0, "no-slipped-deals"],
      ["ann", 2, null],
    ]);
  });
});

describe("pipelineAgeing", () => {
  it("bands open deals by whole calendar days since creation", () => {
    const asOf = new Date("2026-03-31T08:00:00Z");
    const deals = [
      deal("d0", { createdAt: new Date("2026-03-31T07:00:00Z") }), // 0 days
      deal("d30", { createdAt: new Date("2026-03-01T23:00:00Z") }), // 30 days: first band
      deal("d31", { createdAt: new Date("2026-02-28T00:00:00Z") }), // 31 days
      deal("d90", { createdAt: new Date("2025-12-31T12:00:00Z") }), // 90 days
      deal("d91", { createdAt: new Date("2025-12-30T12:00:00Z") }), // 91 days
      deal("won", { status: "won", closedAt: new Date("2026-03-30T00:00:00Z") }), // closed: not open
      deal("later", { createdAt: new Date("2026-03-31T09:00:00Z") }), // created after asOf: not open
    ];
    const r = pipelineAgeing(deals, { asOf, explain: true });
    expect(r.bands.map((b) => [b.label, b.explain?.dealIds])).toEqual([
      ["0-30", ["d0", "d30"]],
      ["31-60", ["d31"]],
      ["61-90", ["d90"]],
      ["over 90", ["d91"]],
    ]);
    expect(r.totals.dealCount).toBe(5);
    expect([r.stale, r.staleReason]).toEqual([null, "no-activities"]);
    expect(pipelineAgeing(deals, { asOf, bandLimits: [0] }).bands.map((b) => [b.label, b.dealCount])).toEqual([
      ["0-0", 1],
      ["over 0", 4],
    ]);
    expect(JSON.stringify(resultFromJSON(PipelineAgeingResultSchema, JSON.stringify(r)))).toBe(JSON.stringify(r));
    expect(() => pipelineAgeing(deals, { asOf, bandLimits: [30, 30] })).toThrow(/ascending/);
  });

  it("counts ages in days of the reporting zone", () => {
    // In Paris (UTC+1), 2026-03-01T23:30Z is already 2 March: 29 days before 31 March.
    const d = deal("p", { createdAt: new Date("2026-02-28T23:30:00Z") });
    const asOf = new Date("2026-03-31T08:00:00Z");
    expect(pipelineAgeing([d], { asOf }).bands[1]?.dealCount).toBe(1); // 31 days in UTC
    expect(pipelineAgeing([d], { asOf, timeZone: "Europe/Paris" }).bands[0]?.dealCount).toBe(1); // 30 days in Paris
  });
});
