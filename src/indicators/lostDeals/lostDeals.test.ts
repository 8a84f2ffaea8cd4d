import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Seller } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { dealTable } from "../../table/dealTable.js";
import { lostDeals, LostDealsResultSchema, type LossCategory, type LostDealsResult } from "./lostDeals.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

interface DealExtra {
  readonly ownerId?: string;
  readonly lossReason?: string;
  readonly competitor?: string;
  readonly currency?: string;
}

function deal(
  id: string,
  status: "won" | "lost",
  closedAt: string,
  amount: string | number,
  extra: DealExtra = {},
): Deal {
  return {
    id,
    ownerId: extra.ownerId ?? "ann",
    amount: toDecimal(amount),
    currency: extra.currency ?? "EUR",
    stage: status === "won" ? "closed-won" : "closed-lost",
    status,
    createdAt: new Date("2025-06-01T00:00:00Z"),
    closedAt: new Date(closedAt),
    ...(extra.lossReason === undefined ? {} : { lossReason: extra.lossReason }),
    ...(extra.competitor === undefined ? {} : { competitor: extra.competitor }),
  };
}

function openDeal(id: string): Deal {
  return {
    id,
    ownerId: "ann",
    amount: toDecimal(999),
    currency: "EUR",
    stage: "proposal",
    status: "open",
    createdAt: new Date("2026-01-05T00:00:00Z"),
  };
}

/** `count` lost deals closed on the 10th of the month `month` (1-based) of 2026. */
function lostIn(month: number, count: number, prefix = "m"): Deal[] {
  const day = `2026-${String(month).padStart(2, "0")}-10T00:00:00Z`;
  return Array.from({ length: count }, (_, i) => deal(`${prefix}${month}-${i}`, "lost", day, 100));
}

/** Range of the first `months` months of 2026. */
function months(count: number) {
  return { start: new Date("2026-01-01T00:00:00Z"), end: new Date(Date.UTC(2026, count, 1)) };
}

const Q1 = months(3);

function category(figures: { byCategory: LostDealsResult["totals"]["byCategory"] }, name: LossCategory) {
  return figures.byCategory.find((entry) => entry.category === name);
}

describe("lostDeals: figures per bucket", () => {
  const deals = [
    deal("d1", "lost", "2026-01-05T10:00:00Z", 1000, { lossReason: "price" }),
    deal("d2", "lost", "2026-01-20T10:00:00Z", 500, { competitor: "Acme" }),
    deal("d3", "won", "2026-01-25T10:00:00Z", 2500),
    openDeal("d4"),
    deal("d5", "won", "2026-03-01T00:00:00Z", 100),
    deal("d6", "lost", "2026-03-31T23:59:59.999Z", 300, { lossReason: "timing" }),
    deal("d7", "lost", "2026-04-01T00:00:00Z", 700, { lossReason: "price" }),
    deal("d8", "lost", "2025-12-31T23:59:59.999Z", 900, { lossReason: "price" }),
  ];
  const result = lostDeals(deals, { range: Q1, reasonCategories: { price: "offer" } });
  const [jan, feb, mar] = result.buckets;

  it("splits the range into month buckets", () => {
    expect(result.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString()])).toEqual([
      ["2026-01", "2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"],
      ["2026-02", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
      ["2026-03", "2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z"],
    ]);
    expect(result.grain).toBe("month");
  });

  it("counts and sums lost and won deals by closedAt; open deals and deals closed outside the range are left out", () => {
    // January: lost d1 1000 + d2 500, won d3 2500.
    expect([jan?.lostCount, jan?.lostAmount.toString(), jan?.wonCount, jan?.wonAmount.toString()]).toEqual([
      2,
      "1500",
      1,
      "2500",
    ]);
    // February: nothing closed (d4 is open).
    expect([feb?.lostCount, feb?.lostAmount.toString(), feb?.wonCount, feb?.wonAmount.toString()]).toEqual([
      0,
      "0",
      0,
      "0",
    ]);
    // March: won d5 at the first instant, lost d6 at the last ms; d7 closes on Apr 1 (outside), d8 in 2025.
    expect([mar?.lostCount, mar?.lostAmount.toString(), mar?.wonCount, mar?.wonAmount.toString()]).toEqual([
      1,
      "300",
      1,
      "100",
    ]);
  });

  it("computes the loss rates by count and by value", () => {
    // January: 2 / (1 + 2) = 2/3 by count; 1500 / (2500 + 1500) = 0.375 by value
    expect(jan?.lossRateByCount.numerator.toString()).toBe("2");
    expect(jan?.lossRateByCount.denominator.toString()).toBe("3");
    expect(jan?.lossRateByCount.value?.equals(new Dec(2).div(3))).toBe(true);
    expect(jan?.lossRateByValue.value?.toString()).toBe("0.375");
    expect(jan?.lossRateByValue.denominator.toString()).toBe("4000");
    // March: 1 / 2 = 0.5; 300 / 400 = 0.75
    expect(mar?.lossRateByCount.value?.toString()).toBe("0.5");
    expect(mar?.lossRateByValue.value?.toString()).toBe("0.75");
  });

  it("gives null loss rates with reason no-closed-deals when nothing closed (settled detail 16)", () => {
    expect(feb?.lossRateByCount).toEqual({
      value: null,
      reason: "no-closed-deals",
      numerator: new Dec(0),
      denominator: new Dec(0),
    });
    expect(feb?.lossRateByValue).toEqual({
      value: null,
      reason: "no-closed-deals",
      numerator: new Dec(0),
      denominator: new Dec(0),
    });
  });

  it("breaks lost deals down by reason, category and competitor", () => {
    // January: price (1, 1000) and no reason (1, 500); equal counts, so by reason with null last.
    expect(jan?.byReason).toEqual([
      { reason: "price", count: 1, amount: new Dec(1000) },
      { reason: null, count: 1, amount: new Dec(500) },
    ]);
    // price -> offer; the missing reason -> other
    expect(jan?.byCategory).toEqual([
      { category: "market", count: 0, amount: new Dec(0) },
      { category: "offer", count: 1, amount: new Dec(1000) },
      { category: "internal", count: 0, amount: new Dec(0) },
      { category: "other", count: 1, amount: new Dec(500) },
    ]);
    expect(jan?.byCompetitor).toEqual([{ competitor: "Acme", count: 1, amount: new Dec(500) }]);
    // March: "timing" is not mapped -> other
    expect(category(mar as LostDealsResult["buckets"][number], "other")).toEqual({
      category: "other",
      count: 1,
      amount: new Dec(300),
    });
    expect(feb?.byReason).toEqual([]);
    expect(feb?.byCompetitor).toEqual([]);
  });

  it("totals the whole range", () => {
    const totals = result.totals;
    // lost: d1 1000 + d2 500 + d6 300 = 3 deals, 1800; won: d3 2500 + d5 100 = 2 deals, 2600
    expect([totals.lostCount, totals.lostAmount.toString(), totals.wonCount, totals.wonAmount.toString()]).toEqual([
      3,
      "1800",
      2,
      "2600",
    ]);
    expect(totals.lossRateByCount.value?.toString()).toBe("0.6"); // 3 / 5
    expect(totals.lossRateByValue.value?.equals(new Dec(1800).div(4400))).toBe(true); // 0.40909...
    expect(totals.byReason.map((r) => [r.reason, r.count])).toEqual([
      ["price", 1],
      ["timing", 1],
      [null, 1],
    ]);
    expect(totals.byCategory.map((c) => [c.category, c.count, c.amount.toString()])).toEqual([
      ["market", 0, "0"],
      ["offer", 1, "1000"],
      ["internal", 0, "0"],
      ["other", 2, "800"],
    ]);
  });

  it("carries the identity fields and no explain key by default", () => {
    expect(result.indicator).toBe("lost-deals");
    expect(result.unit).toBe("count");
    expect(result.currency).toBe("EUR");
    expect(result.range).toEqual({ ...Q1, timeZone: "UTC" });
    expect(result.scope).toEqual({ level: "company" });
    expect("explain" in result).toBe(false);
  });

  it("lists deal ids per bucket with explain, by closedAt then id", () => {
    const explained = lostDeals([...deals, deal("d0", "lost", "2026-01-05T10:00:00Z", 1)], {
      range: Q1,
      explain: true,
    });
    expect(explained.explain).toEqual({
      buckets: [
        { label: "2026-01", lostDealIds: ["d0", "d1", "d2"], wonDealIds: ["d3"] },
        { label: "2026-02", lostDealIds: [], wonDealIds: [] },
        { label: "2026-03", lostDealIds: ["d6"], wonDealIds: ["d5"] },
      ],
    });
  });
});

describe("lostDeals: loss rate by value when the closed value is 0", () => {
  it("is null with reason no-closed-value while the count rate exists", () => {
    const zero = lostDeals(
      [deal("w", "won", "2026-01-10T00:00:00Z", 0), deal("l", "lost", "2026-01-11T00:00:00Z", 0)],
      { range: months(1) },
    );
    expect(zero.buckets[0]?.lossRateByCount.value?.toString()).toBe("0.5"); // 1 / 2
    expect(zero.buckets[0]?.lossRateByValue).toEqual({
      value: null,
      reason: "no-closed-value",
      numerator: new Dec(0),
      denominator: new Dec(0),
    });
    // A credit cancelling a won amount: 100 + (-100) = 0
    const cancel = lostDeals(
      [deal("w", "won", "2026-01-10T00:00:00Z", 100), deal("l", "lost", "2026-01-11T00:00:00Z", -100)],
      { range: months(1) },
    );
    expect(cancel.buckets[0]?.lossRateByValue.reason).toBe("no-closed-value");
    expect(cancel.totals.lossRateByValue.reason).toBe("no-closed-value");
  });
});

describe("lostDeals: spikes (settled details 10 and 12)", () => {
  it("flags the first n buckets insufficient-history and does not judge them", () => {
    const result = lostDeals([...lostIn(1, 5), ...lostIn(2, 9), ...lostIn(3, 9), ...lostIn(4, 1)], {
      range: months(4),
      spike: { trailingBuckets: 3 },
    });
    for (const bucket of result.buckets.slice(0, 3)) {
      expect(bucket.flags).toEqual(["insufficient-history"]);
      expect(bucket.flags.includes("spike")).toBe(false);
      expect([bucket.mean, bucket.std, bucket.threshold]).toEqual([null, null, null]);
    }
    // April: previous [5, 9, 9]: mean 23/3; 1 is below it.
    expect(result.buckets[3]?.flags).toEqual([]);
    expect(result.buckets[3]?.mean?.equals(new Dec(23).div(3))).toBe(true);
  });

  it("uses the sample deviation by default: threshold = mean + k x std, strictly above", () => {
    // previous [1, 2, 3]: mean 2; squared deviations 1 + 0 + 1 = 2; sample variance 2 / (3 - 1) = 1; std 1;
    // threshold 2 + 2 x 1 = 4.
    const history = [...lostIn(1, 1), ...lostIn(2, 2), ...lostIn(3, 3)];
    const four = lostDeals([...history, ...lostIn(4, 4)], { range: months(4), spike: { trailingBuckets: 3 } })
      .buckets[3];
    expect([four?.mean?.toString(), four?.std?.toString(), four?.threshold?.toString()]).toEqual(["2", "1", "4"]);
    expect(four?.flags.includes("spike")).toBe(false); // 4 is not strictly above 4
    expect(four?.flags).toEqual([]);
    const five = lostDeals([...history, ...lostIn(4, 5)], { range: months(4), spike: { trailingBuckets: 3 } })
      .buckets[3];
    expect(five?.flags.includes("spike")).toBe(true); // 5 > 4 and 5 >= 2
    expect(five?.flags).toEqual(["spike"]);
  });

  it("uses the population deviation on request", () => {
    // previous [1, 2, 3]: population variance 2 / 3; std = sqrt(2/3) = 0.81649658...; threshold 2 + 1.63299316... = 3.63299316...
    const deals = [...lostIn(1, 1), ...lostIn(2, 2), ...lostIn(3, 3), ...lostIn(4, 4)];
    const result = lostDeals(deals, { range: months(4), spike: { trailingBuckets: 3, deviation: "population" } });
    const april = result.buckets[3];
    expect(april?.std?.toFixed(8)).toBe("0.81649658");
    expect(april?.threshold?.toFixed(8)).toBe("3.63299316");
    expect(april?.flags.includes("spike")).toBe(true); // 4 > 3.63... (the sample deviation said no)
    expect(result.spikeSettings.deviation).toBe("population");
  });

  it("with std 0 the threshold is the mean", () => {
    // previous [2, 2, 2]: mean 2, std 0, threshold 2
    const three = lostDeals([...lostIn(1, 2), ...lostIn(2, 2), ...lostIn(3, 2), ...lostIn(4, 3)], {
      range: months(4),
      spike: { trailingBuckets: 3 },
    }).buckets[3];
    expect([
      three?.mean?.toString(),
      three?.std?.toString(),
      three?.threshold?.toString(),
      three?.flags.includes("spike"),
    ]).toEqual(["2", "0", "2", true]);
    const two = lostDeals([...lostIn(1, 2), ...lostIn(2, 2), ...lostIn(3, 2), ...lostIn(4, 2)], {
      range: months(4),
      spike: { trailingBuckets: 3 },
    }).buckets[3];
    expect(two?.flags.includes("spike")).toBe(false); // 2 is not strictly above 2
  });

  it("needs at least minCount lost deals: one lost deal is not an alarm", () => {
    // previous [0, 0, 0] (empty buckets count 0): threshold 0; 1 > 0 but 1 < minCount 2.
    const deals = lostIn(4, 1);
    expect(
      lostDeals(deals, { range: months(4), spike: { trailingBuckets: 3 } }).buckets[3]?.flags.includes("spike"),
    ).toBe(false);
    expect(
      lostDeals(deals, { range: months(4), spike: { trailingBuckets: 3, minCount: 1 } }).buckets[3]?.flags.includes(
        "spike",
      ),
    ).toBe(true);
    // 2 lost after three empty months: a spike with the default minCount
    expect(
      lostDeals(lostIn(4, 2), { range: months(4), spike: { trailingBuckets: 3 } }).buckets[3]?.flags.includes("spike"),
    ).toBe(true);
  });

  it("takes a decimal k and compares exactly at the threshold", () => {
    // previous [0, 1, 1, 1]: mean 3/4 = 0.75; squared deviations 0.5625 + 3 x 0.0625 = 0.75;
    // sample variance 0.75 / 3 = 0.25; std 0.5.  k 2.5 -> threshold 0.75 + 1.25 = 2; k 2.4 -> 1.95.
    const deals = [...lostIn(2, 1), ...lostIn(3, 1), ...lostIn(4, 1), ...lostIn(5, 2)];
    const atK25 = lostDeals(deals, { range: months(5), spike: { trailingBuckets: 4, k: "2.5" } }).buckets[4];
    expect([
      atK25?.mean?.toString(),
      atK25?.std?.toString(),
      atK25?.threshold?.toString(),
      atK25?.flags.includes("spike"),
    ]).toEqual(["0.75", "0.5", "2", false]);
    const atK24 = lostDeals(deals, { range: months(5), spike: { trailingBuckets: 4, k: toDecimal("2.4") } }).buckets[4];
    expect([atK24?.threshold?.toString(), atK24?.flags.includes("spike")]).toEqual(["1.95", true]);
    const atK0 = lostDeals(deals, { range: months(5), spike: { trailingBuckets: 4, k: 0 } }).buckets[4];
    expect([atK0?.threshold?.toString(), atK0?.flags.includes("spike")]).toEqual(["0.75", true]);
  });

  it("defaults to minCount 2, history 6, k 2, sample deviation, history from the requested range only", () => {
    // 7 months: the first 6 are not judged; July against [1, 1, 1, 1, 1, 1]: mean 1, std 0 -> 4 > 1: spike.
    const deals = [1, 2, 3, 4, 5, 6].flatMap((month) => lostIn(month, 1)).concat(lostIn(7, 4));
    const result = lostDeals(
      [...deals, ...lostIn(12, 30, "old").map((d) => ({ ...d, closedAt: new Date("2025-12-10T00:00:00Z") }))],
      {
        range: months(7),
      },
    );
    expect(result.spikeSettings).toEqual({ minCount: 2, trailingBuckets: 6, k: new Dec(2), deviation: "sample" });
    expect(result.buckets.map((b) => b.flags)).toEqual([
      ["insufficient-history"],
      ["insufficient-history"],
      ["insufficient-history"],
      ["insufficient-history"],
      ["insufficient-history"],
      ["insufficient-history"],
      ["spike"],
    ]);
    expect(result.buckets[6]?.threshold?.toString()).toBe("1");
  });

  it("uses a population deviation over a single bucket; a sample one needs 2", () => {
    // previous [3]: mean 3, population std 0, threshold 3; 5 > 3
    const deals = [...lostIn(1, 3), ...lostIn(2, 5)];
    expect(
      lostDeals(deals, {
        range: months(2),
        spike: { trailingBuckets: 1, deviation: "population" },
      }).buckets[1]?.flags.includes("spike"),
    ).toBe(true);
    expect(() => lostDeals(deals, { range: months(2), spike: { trailingBuckets: 1 } })).toThrow(InvalidArgumentError);
  });

  it("validates the spike settings", () => {
    const bad = [
      { trailingBuckets: 0 },
      { trailingBuckets: 2.5 },
      { minCount: -1 },
      { minCount: 1.5 },
      { k: "-1" },
      { k: "abc" },
      { k: "1e3" },
      { deviation: "mad" as "sample" },
    ];
    for (const spike of bad) expect(() => lostDeals([], { range: Q1, spike })).toThrow(InvalidArgumentError);
    expect(() => lostDeals([], { range: Q1, spike: null as never })).toThrow(InvalidArgumentError);
  });
});

describe("lostDeals: reason categories", () => {
  const deals = [
    deal("1", "lost", "2026-01-10T00:00:00Z", 10, { lossReason: "new competitor" }),
    deal("2", "lost", "2026-01-10T00:00:00Z", 20, { lossReason: "price" }),
    deal("3", "lost", "2026-01-10T00:00:00Z", 30, { lossReason: "staffing" }),
    deal("4", "lost", "2026-01-10T00:00:00Z", 40, { lossReason: "__proto__" }),
    deal("5", "lost", "2026-01-10T00:00:00Z", 50, { lossReason: "constructor" }),
    deal("6", "lost", "2026-01-10T00:00:00Z", 60),
  ];

  it("maps reasons with a plain object; unmapped, inherited-looking and missing reasons are other", () => {
    const map = { "new competitor": "market", price: "offer", staffing: "internal" } as const;
    const result = lostDeals(deals, { range: months(1), reasonCategories: map });
    // other: __proto__ 40 + constructor 50 + none 60 = 3 deals, 150
    expect(result.totals.byCategory.map((c) => [c.category, c.count, c.amount.toString()])).toEqual([
      ["market", 1, "10"],
      ["offer", 1, "20"],
      ["internal", 1, "30"],
      ["other", 3, "150"],
    ]);
  });

  it("maps __proto__ when the caller maps it, from a Map or a parsed JSON object", () => {
    const fromJson = JSON.parse('{"__proto__": "market", "constructor": "internal"}') as Record<string, LossCategory>;
    const fromMap = new Map<string, LossCategory>([
      ["__proto__", "market"],
      ["constructor", "internal"],
    ]);
    for (const reasonCategories of [fromJson, fromMap]) {
      const result = lostDeals(deals, { range: months(1), reasonCategories });
      expect(category(result.totals, "market")).toEqual({ category: "market", count: 1, amount: new Dec(40) });
      expect(category(result.totals, "internal")).toEqual({ category: "internal", count: 1, amount: new Dec(50) });
      expect(category(result.totals, "other")).toEqual({ category: "other", count: 4, amount: new Dec(120) }); // 10 + 20 + 30 + 60
    }
  });

  it("breaks down by reason with __proto__ as a reason", () => {
    const result = lostDeals([...deals, deal("7", "lost", "2026-01-11T00:00:00Z", 5, { lossReason: "__proto__" })], {
      range: months(1),
    });
    expect(result.totals.byReason.map((r) => [r.reason, r.count, r.amount.toString()])).toEqual([
      ["__proto__", 2, "45"], // most frequent first
      ["constructor", 1, "50"],
      ["new competitor", 1, "10"],
      ["price", 1, "20"],
      ["staffing", 1, "30"],
      [null, 1, "60"],
    ]);
    expect(resultFromJSON(LostDealsResultSchema, JSON.stringify(result))).toEqual(result);
  });

  it("rejects unknown categories and malformed maps", () => {
    expect(() =>
      lostDeals(deals, { range: months(1), reasonCategories: { price: "pricing" as LossCategory } }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      lostDeals(deals, { range: months(1), reasonCategories: new Map([["price", "x" as LossCategory]]) }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      lostDeals(deals, { range: months(1), reasonCategories: "price" as unknown as Record<string, LossCategory> }),
    ).toThrow(InvalidArgumentError);
  });
});

describe("lostDeals: competitors", () => {
  it("counts lost deals per competitor named, most frequent first; won deals and deals naming none are left out", () => {
    const deals = [
      deal("1", "lost", "2026-01-10T00:00:00Z", 100, { competitor: "Zeta" }),
      deal("2", "lost", "2026-01-11T00:00:00Z", 200, { competitor: "Acme" }),
      deal("3", "lost", "2026-02-12T00:00:00Z", 300, { competitor: "Zeta" }),
      deal("4", "lost", "2026-02-12T00:00:00Z", 400),
      deal("5", "won", "2026-02-12T00:00:00Z", 500, { competitor: "Acme" }),
      deal("6", "lost", "2026-02-13T00:00:00Z", 600, { competitor: "constructor" }),
    ];
    const result = lostDeals(deals, { range: months(2) });
    expect(result.totals.byCompetitor).toEqual([
      { competitor: "Zeta", count: 2, amount: new Dec(400) }, // 100 + 300
      { competitor: "Acme", count: 1, amount: new Dec(200) },
      { competitor: "constructor", count: 1, amount: new Dec(600) },
    ]);
    expect(result.buckets[0]?.byCompetitor.map((c) => c.competitor)).toEqual(["Acme", "Zeta"]); // tie: by name
    expect(result.buckets[1]?.byCompetitor.map((c) => [c.competitor, c.count])).toEqual([
      ["Zeta", 1],
      ["constructor", 1],
    ]);
  });
});

describe("lostDeals: scope", () => {
  const roster: Seller[] = [
    { id: "ann", name: "Ann", teamId: "north" },
    { id: "bob", name: "Bob", teamId: "south" },
  ];
  const deals = [
    deal("1", "lost", "2026-01-10T00:00:00Z", 100, { ownerId: "ann" }),
    deal("2", "lost", "2026-01-10T00:00:00Z", 200, { ownerId: "bob" }),
    deal("3", "won", "2026-01-10T00:00:00Z", 300, { ownerId: "bob" }),
    deal("4", "lost", "2026-01-10T00:00:00Z", 400, { ownerId: "cy" }),
  ];

  it("keeps the deals of the scope's owners only", () => {
    expect(lostDeals(deals, { range: months(1) }).totals.lostCount).toBe(3);
    const bob = lostDeals(deals, { range: months(1), scope: { level: "seller", sellerId: "bob" } });
    expect([bob.totals.lostCount, bob.totals.wonCount, bob.totals.lossRateByCount.value?.toString()]).toEqual([
      1,
      1,
      "0.5",
    ]);
    const north = lostDeals(deals, { range: months(1), scope: { level: "team", teamId: "north" }, sellers: roster });
    expect(north.totals.lostAmount.toString()).toBe("100");
    expect(north.scope).toEqual({ level: "team", teamId: "north" });
    expect(() => lostDeals(deals, { range: months(1), scope: { level: "team", teamId: "north" } })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("lostDeals: currencies (settled detail 14)", () => {
  it("refuses to mix currencies among the counted deals only", () => {
    const deals = [
      deal("1", "lost", "2026-01-10T00:00:00Z", 100),
      deal("2", "won", "2026-01-11T00:00:00Z", 100, { currency: "USD" }),
    ];
    expect(() => lostDeals(deals, { range: months(1) })).toThrow(MixedCurrencyError);
    // The USD deal outside the range (or out of scope) is not summed, so it does not matter.
    const outside = [
      deal("1", "lost", "2026-01-10T00:00:00Z", 100),
      deal("2", "won", "2026-03-11T00:00:00Z", 100, { currency: "USD" }),
    ];
    expect(lostDeals(outside, { range: months(1) }).currency).toBe("EUR");
    const otherOwner = [
      deal("1", "lost", "2026-01-10T00:00:00Z", 100),
      deal("2", "won", "2026-01-11T00:00:00Z", 100, { currency: "USD", ownerId: "bob" }),
    ];
    expect(lostDeals(otherOwner, { range: months(1), scope: { level: "seller", sellerId: "ann" } }).currency).toBe(
      "EUR",
    );
  });

  it("converts at the rate in force at closedAt", () => {
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [
        { currency: "USD", rate: "0.5", validFrom: new Date("2026-01-01T00:00:00Z") },
        { currency: "USD", rate: "0.8", validFrom: new Date("2026-02-01T00:00:00Z") },
      ],
    });
    const deals = [
      deal("1", "lost", "2026-01-31T23:59:59.999Z", 1000, { currency: "USD" }), // 1000 x 0.5 = 500
      deal("2", "lost", "2026-02-01T00:00:00Z", 1000, { currency: "USD" }), // 1000 x 0.8 = 800
      deal("3", "won", "2026-02-02T00:00:00Z", 200), // EUR as is
    ];
    const result = lostDeals(deals, { range: months(2), exchangeRates });
    expect(result.currency).toBe("EUR");
    expect(result.buckets.map((b) => b.lostAmount.toString())).toEqual(["500", "800"]);
    expect(result.buckets[1]?.lossRateByValue.value?.toString()).toBe("0.8"); // 800 / (800 + 200)
  });

  it("reports null currency when nothing was summed and none was asked for, else the one asked for", () => {
    expect(lostDeals([], { range: months(1) }).currency).toBeNull();
    expect(lostDeals([], { range: months(1), currency: "CHF" }).currency).toBe("CHF");
    expect(() =>
      lostDeals([deal("1", "lost", "2026-01-10T00:00:00Z", 1)], { range: months(1), currency: "CHF" }),
    ).toThrow(MixedCurrencyError);
  });
});

describe("lostDeals: calendar", () => {
  it("places deals in buckets of the reporting zone", () => {
    // 2026-02-28T23:30Z is March 1, 00:30 in Paris.
    const deals = [deal("1", "lost", "2026-02-28T23:30:00Z", 1)];
    const range = { start: new Date("2025-12-31T23:00:00Z"), end: new Date("2026-03-31T22:00:00Z") }; // Paris Q1
    const result = lostDeals(deals, { range, timeZone: "Europe/Paris" });
    expect(result.buckets.map((b) => [b.label, b.lostCount])).toEqual([
      ["2026-01", 0],
      ["2026-02", 0],
      ["2026-03", 1],
    ]);
    expect(lostDeals(deals, { range: Q1 }).buckets.map((b) => b.lostCount)).toEqual([0, 1, 0]); // in UTC it is February
  });

  it("takes other grains and rejects unknown ones and bad ranges", () => {
    const result = lostDeals(lostIn(2, 3), {
      range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") },
      grain: "quarter",
    });
    expect(result.buckets.map((b) => [b.label, b.lostCount])).toEqual([
      ["2026-Q1", 3],
      ["2026-Q2", 0],
      ["2026-Q3", 0],
      ["2026-Q4", 0],
    ]);
    expect(result.grain).toBe("quarter");
    expect(() => lostDeals([], { range: Q1, grain: "decade" as "year" })).toThrow(InvalidArgumentError);
    expect(() => lostDeals([], { range: { start: Q1.end, end: Q1.start } })).toThrow(InvalidArgumentError);
    expect(() => lostDeals([], undefined as unknown as { range: typeof Q1 })).toThrow(InvalidArgumentError);
  });
});

describe("lostDeals: JSON", () => {
  it("round-trips through JSON with resultFromJSON", () => {
    const deals = [
      ...lostIn(1, 1),
      ...lostIn(2, 2),
      ...lostIn(3, 3),
      ...lostIn(4, 4),
      deal("w", "won", "2026-02-03T00:00:00Z", "1234.56", { competitor: "x" }),
      deal("c", "lost", "2026-04-03T00:00:00Z", "0.1", { competitor: "Acme", lossReason: "price" }),
    ];
    for (const explain of [false, true]) {
      const result = lostDeals(deals, {
        range: months(5),
        spike: { trailingBuckets: 3, deviation: "population", k: "1.5" },
        explain,
      });
      const back = resultFromJSON(LostDealsResultSchema, JSON.stringify(result));
      expect(back).toEqual(result);
      expect("explain" in back).toBe(explain);
      expect(back.buckets[3]?.std?.toString()).toBe(result.buckets[3]?.std?.toString()); // sqrt(2/3), 60 digits
    }
  });
});

describe("lostDeals: the deals' table", () => {
  it("gives the same figures from dealTable(deals) as from the deals", () => {
    const deals = [
      deal("1", "lost", "2026-01-10T00:00:00Z", 100, { lossReason: "price", competitor: "Acme" }),
      deal("2", "won", "2026-01-11T00:00:00Z", 300, { lossReason: "ignored", competitor: "ignored" }),
      deal("3", "lost", "2026-02-10T00:00:00Z", 200, { ownerId: "bob" }),
      openDeal("4"),
    ];
    const options = { range: Q1, reasonCategories: { price: "offer" as const }, explain: true };
    const fromTable = lostDeals(dealTable(deals), options);
    expect(fromTable).toEqual(lostDeals(deals, options));
    // Worked by hand: January 1 lost (100, price -> offer, Acme) and 1 won (300); February 1 lost (200, no reason -> other).
    expect(fromTable.totals.byReason.map((r) => [r.reason, r.count])).toEqual([
      ["price", 1],
      [null, 1],
    ]);
    expect(fromTable.totals.byCompetitor.map((c) => [c.competitor, c.count])).toEqual([["Acme", 1]]);
    expect(fromTable.totals.byCategory.map((c) => [c.category, c.count, c.amount.toString()])).toEqual([
      ["market", 0, "0"],
      ["offer", 1, "100"],
      ["internal", 0, "0"],
      ["other", 1, "200"],
    ]);
  });

  it("sums exactly amounts with more than four decimals and sums past 2^53 ten-thousandths", () => {
    const deals = [
      deal("1", "lost", "2026-01-10T00:00:00Z", "900000000000", { lossReason: "price" }), // 9e15 ten-thousandths
      deal("2", "lost", "2026-01-11T00:00:00Z", "900000000000", { lossReason: "price" }), // the sum leaves the safe range
      deal("3", "lost", "2026-01-12T00:00:00Z", "0.00001", { lossReason: "price", competitor: "Acme" }), // five decimals
      deal("4", "won", "2026-02-12T00:00:00Z", "0.123456789"),
    ];
    const result = lostDeals(dealTable(deals), { range: Q1 });
    // Worked by hand: 900000000000 + 900000000000 + 0.00001 = 1800000000000.00001.
    expect(result.totals.lostAmount.toString()).toBe("1800000000000.00001");
    expect(result.totals.byReason[0]?.amount.toString()).toBe("1800000000000.00001");
    expect(result.totals.byCompetitor[0]?.amount.toString()).toBe("0.00001");
    expect(result.buckets[1]?.wonAmount.toString()).toBe("0.123456789");
    expect(result.totals.wonAmount.toString()).toBe("0.123456789");
  });

  it("rejects an input that is neither an array of deals nor a deal table", () => {
    expect(() => lostDeals({ kind: "deals", size: 0 } as never, { range: Q1 })).toThrow(InvalidArgumentError);
    expect(() => lostDeals(null as never, { range: Q1 })).toThrow(
      "deals must be an array of deals or a table of deals (dealTable)",
    );
  });
});
