import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Seller } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { lostDeals, LostDealsResultSchema } from "./lostDeals.js";
import { lostDealsGrouped } from "./lostDealsGrouped.js";

// lostDeals with asOf: the cut of the closings and the partial and not-started buckets. Every
// expected value is worked by hand; the arithmetic is in the comments.

function deal(id: string, status: "won" | "lost", closedAt: string, amount: number, ownerId = "ann"): Deal {
  return {
    id,
    ownerId,
    amount: toDecimal(amount),
    currency: "EUR",
    stage: "closed",
    status,
    createdAt: new Date("2025-06-01T00:00:00Z"),
    closedAt: new Date(closedAt),
  };
}

/** `count` lost deals of 100 closed on the 10th of month `month` (1-based) of 2026. */
function lostIn(month: number, count: number, prefix = "m"): Deal[] {
  const day = `2026-${String(month).padStart(2, "0")}-10T00:00:00Z`;
  return Array.from({ length: count }, (_, i) => deal(`${prefix}${month}-${i}`, "lost", day, 100));
}

const H1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
const SPIKE = { trailingBuckets: 2 } as const;

describe("lostDeals: asOf cuts the closings (settled detail 3)", () => {
  // Two lost per month in January and February; in March 5 lost before 15 March, one lost exactly
  // at asOf and one after; in April a won and a lost deal; asOf = 15 March 00:00.
  const asOf = new Date("2026-03-15T00:00:00Z");
  const deals = [
    ...lostIn(1, 2),
    ...lostIn(2, 2),
    ...lostIn(3, 5),
    deal("at", "lost", "2026-03-15T00:00:00Z", 700),
    deal("after", "lost", "2026-03-20T00:00:00Z", 900),
    deal("won-apr", "won", "2026-04-02T00:00:00Z", 1000),
    deal("lost-apr", "lost", "2026-04-03T00:00:00Z", 300),
  ];
  const result = lostDeals(deals, { range: H1, asOf, spike: SPIKE, explain: true });

  it("does not count a deal closed exactly at asOf, nor any later one", () => {
    const march = result.buckets[2];
    expect(march?.lostCount).toBe(5); // the five of 10 March; "at" (15 March 00:00) and "after" are cut
    expect(march?.lostAmount.toString()).toBe("500");
    expect(result.explain?.buckets[2]?.lostDealIds).toEqual(["m3-0", "m3-1", "m3-2", "m3-3", "m3-4"]);
    // Totals to asOf: 2 + 2 + 5 lost, nothing won: 9 lost of 9 closed, 900 lost.
    expect([result.totals.lostCount, result.totals.wonCount, result.totals.lostAmount.toString()]).toEqual([
      9,
      0,
      "900",
    ]);
    expect(result.totals.lossRateByCount.value?.toString()).toBe("1");
  });

  it("flags the bucket holding asOf partial and still judges it on its losses to date", () => {
    // March against [2, 2]: mean 2, sample std 0, threshold 2; 5 > 2 and 5 >= 2: a spike already.
    const march = result.buckets[2];
    expect(march?.label).toBe("2026-03");
    expect(march?.flags).toEqual(["spike", "partial"]);
    expect([march?.mean?.toString(), march?.std?.toString(), march?.threshold?.toString()]).toEqual(["2", "0", "2"]);
  });

  it("flags buckets starting after asOf not-started: nothing counted, not judged", () => {
    for (const bucket of result.buckets.slice(3)) {
      expect([bucket.label, bucket.lostCount, bucket.wonCount, bucket.flags]).toEqual([
        bucket.label,
        0,
        0,
        ["not-started"],
      ]);
      expect([bucket.mean, bucket.std, bucket.threshold]).toEqual([null, null, null]);
      expect(bucket.lossRateByCount.reason).toBe("no-closed-deals");
    }
    expect(result.buckets.slice(3).map((bucket) => bucket.label)).toEqual(["2026-04", "2026-05", "2026-06"]);
    // January and February keep their flags: not enough history for n = 2.
    expect(result.buckets.slice(0, 2).map((bucket) => bucket.flags)).toEqual([
      ["insufficient-history"],
      ["insufficient-history"],
    ]);
  });

  it("says so in the result: asOf and a partial-range warning", () => {
    expect(result.asOf).toEqual(asOf);
    expect(result.warnings).toEqual([
      {
        code: "partial-range",
        message:
          "asOf 2026-03-15T00:00:00.000Z falls inside the range: deals closed at or after it are not counted, the bucket holding it is partial (losses to date) and later buckets are not judged",
      },
    ]);
    expect(resultFromJSON(LostDealsResultSchema, JSON.stringify(result))).toEqual(result);
  });

  it("a bucket starting exactly at asOf is not-started, and the one before it is whole (not partial)", () => {
    const atApril = lostDeals(deals, { range: H1, asOf: new Date("2026-04-01T00:00:00Z"), spike: SPIKE });
    const [march, april] = [atApril.buckets[2], atApril.buckets[3]];
    // March is whole: its 7 lost deals (5 + "at" + "after") count; against [2, 2]: a spike, not partial.
    expect([march?.lostCount, march?.flags]).toEqual([7, ["spike"]]);
    expect([april?.lostCount, april?.flags]).toEqual([0, ["not-started"]]);
  });

  it("asOf at or before the range start counts nothing and judges no bucket", () => {
    const early = lostDeals(deals, { range: H1, asOf: H1.start, spike: SPIKE });
    expect(
      early.buckets.every(
        (bucket) => bucket.lostCount === 0 && bucket.flags.length === 1 && bucket.flags[0] === "not-started",
      ),
    ).toBe(true);
    expect(early.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      [
        "range-not-started",
        "asOf 2026-01-01T00:00:00.000Z is at or before the range start: nothing is counted and no bucket is judged",
      ],
    ]);
  });

  it("asOf at or after the range end cuts nothing: the same figures as without asOf, and no warning", () => {
    const without = lostDeals(deals, { range: H1, spike: SPIKE });
    const after = lostDeals(deals, { range: H1, asOf: H1.end, spike: SPIKE });
    expect(without.asOf).toBeNull();
    expect(without.warnings).toEqual([]);
    expect({ ...after, asOf: null }).toEqual(without);
    // Without asOf every closing counts: March has 7 lost deals, April 1 lost and 1 won.
    expect([without.buckets[2]?.lostCount, without.buckets[3]?.lostCount, without.buckets[3]?.wonCount]).toEqual([
      7, 1, 1,
    ]);
  });

  it("rejects an invalid asOf", () => {
    expect(() => lostDeals(deals, { range: H1, asOf: new Date("nope") })).toThrow(InvalidArgumentError);
    expect(() => lostDealsGrouped(deals, { range: H1, asOf: "2026-03-15" as never, groupBy: "seller" })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("lostDealsGrouped with asOf", () => {
  it("cuts every group's closings at asOf, and forms groups only from deals that can count", () => {
    const roster: Seller[] = [{ id: "ann" }];
    const deals = [
      ...lostIn(1, 1),
      deal("bob-late", "lost", "2026-03-20T00:00:00Z", 400, "bob"),
      deal("cid-early", "lost", "2026-02-01T00:00:00Z", 200, "cid"),
    ];
    const grouped = lostDealsGrouped(deals, {
      range: H1,
      asOf: new Date("2026-03-15T00:00:00Z"),
      groupBy: "seller",
      sellers: roster,
    });
    // bob's only deal closes after asOf: bob is in no group; ann (roster) and cid (counted deal) are.
    expect(grouped.groups.map((group) => [group.key, group.result.totals.lostCount])).toEqual([
      ["ann", 1],
      ["cid", 1],
    ]);
    expect(grouped.groups[0]?.result.buckets.map((bucket) => bucket.flags.at(-1))).toEqual([
      "insufficient-history",
      "insufficient-history",
      "partial",
      "not-started",
      "not-started",
      "not-started",
    ]);
  });
});

describe("lostDeals: the spike options", () => {
  it("reports spike.trailingBuckets in the settings, and refuses the former name history", () => {
    expect(lostDeals([], { range: H1, spike: { trailingBuckets: 3 } }).spikeSettings.trailingBuckets).toBe(3);
    expect(() => lostDeals([], { range: H1, spike: { history: 3 } as never })).toThrow(
      "spike.history is now spike.trailingBuckets (the number of previous buckets the baseline is taken over)",
    );
  });
});
