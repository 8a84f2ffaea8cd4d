import { fc, test } from "@fast-check/vitest";
import type { Decimal } from "decimal.js";
import { expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { Deal, Seller } from "../../model/types.js";
import type { Scope } from "../types.js";
import { lostDeals, type LossCategory, type LostDealsOptions, type LostDealsResult } from "./lostDeals.js";
import { dealTable } from "../../table/dealTable.js";
import { dealColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { lostDealsGrouped } from "./lostDealsGrouped.js";
import { checkLostDealsOptions } from "./_lostDealsSettings.js";
import { lostDealsGroupedOf, lostDealsOf } from "./_lostDealsFigures.js";

const RANGE = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-09-01T00:00:00Z") };
const FROM = Date.parse("2025-11-01T00:00:00Z");
const TO = Date.parse("2026-10-31T00:00:00Z");
const OWNERS = ["ann", "bob", "cid", "__proto__", "constructor"];
const REASONS = ["price", "competitor", "staffing", "__proto__", "constructor", "budget"];
const ROSTER: Seller[] = [
  { id: "ann", name: "Ann", teamId: "north" },
  { id: "bob", name: "Bob", teamId: "south" },
  { id: "__proto__", name: "Proto", teamId: "north" },
];
const CATEGORIES = new Map<string, LossCategory>([
  ["price", "offer"],
  ["competitor", "market"],
  ["staffing", "internal"],
  ["__proto__", "market"],
]);

const amountArb = fc.integer({ min: -50_000, max: 5_000_000 }).map((cents) => new Dec(cents).div(100));

const closedArb: fc.Arbitrary<RawDeal> = fc.record({
  ownerId: fc.constantFrom(...OWNERS),
  status: fc.constantFrom("won" as const, "lost" as const, "lost" as const),
  closedAt: fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
  amount: amountArb,
  lossReason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
  competitor: fc.option(fc.constantFrom("Acme", "Zeta", "__proto__"), { nil: undefined }),
});

interface RawDeal {
  readonly ownerId: string;
  readonly status: "won" | "lost";
  readonly closedAt: Date;
  readonly amount: Decimal;
  readonly lossReason: string | undefined;
  readonly competitor: string | undefined;
}

function toDeal(raw: RawDeal, id: string): Deal {
  return {
    id,
    ownerId: raw.ownerId,
    amount: raw.amount,
    currency: "EUR",
    stage: "closed",
    status: raw.status,
    createdAt: new Date(FROM - 86_400_000),
    closedAt: raw.closedAt,
    ...(raw.lossReason === undefined ? {} : { lossReason: raw.lossReason }),
    ...(raw.competitor === undefined ? {} : { competitor: raw.competitor }),
  };
}

const dealsArb = fc
  .array(closedArb, { maxLength: 50 })
  .map((list) => list.map((raw, index) => toDeal(raw, `d${index}`)));

const scopeArb = fc.constantFrom<Scope>(
  { level: "company" },
  { level: "seller", sellerId: "__proto__" },
  { level: "team", teamId: "north" },
);

const spikeArb = fc.record({
  minCount: fc.integer({ min: 0, max: 3 }),
  trailingBuckets: fc.integer({ min: 2, max: 4 }),
  k: fc.constantFrom("0", "1", "1.5", "2", "3"),
  deviation: fc.constantFrom("sample" as const, "population" as const),
});

function options(scope: Scope, extra: Partial<LostDealsOptions> = {}): LostDealsOptions {
  return { range: RANGE, scope, sellers: ROSTER, reasonCategories: CATEGORIES, ...extra };
}

function inScope(deal: Deal, scope: Scope): boolean {
  if (scope.level === "company") return true;
  if (scope.level === "seller") return deal.ownerId === scope.sellerId;
  return ROSTER.some((seller) => seller.id === deal.ownerId && seller.teamId === scope.teamId);
}

function sumOf(values: readonly (Decimal | number)[]): string {
  return values.reduce((acc: Decimal, v) => acc.plus(v), new Dec(0)).toString();
}

test.prop([dealsArb, scopeArb], { numRuns: 100 })("bucket figures add up to the totals", (deals, scope) => {
  const result = lostDeals(deals, options(scope));
  const { buckets, totals } = result;
  expect(buckets.reduce((acc, b) => acc + b.lostCount, 0)).toBe(totals.lostCount);
  expect(buckets.reduce((acc, b) => acc + b.wonCount, 0)).toBe(totals.wonCount);
  expect(sumOf(buckets.map((b) => b.lostAmount))).toBe(totals.lostAmount.toString());
  expect(sumOf(buckets.map((b) => b.wonAmount))).toBe(totals.wonAmount.toString());
  totals.byCategory.forEach((entry, index) => {
    expect(buckets.reduce((acc, b) => acc + (b.byCategory[index]?.count ?? 0), 0)).toBe(entry.count);
    expect(sumOf(buckets.map((b) => b.byCategory[index]?.amount ?? 0))).toBe(entry.amount.toString());
  });
  expect(totals.byCategory.reduce((acc, c) => acc + c.count, 0)).toBe(totals.lostCount);
  expect(totals.byReason.reduce((acc, r) => acc + r.count, 0)).toBe(totals.lostCount);
  for (const reason of totals.byReason) {
    const perBucket = buckets.flatMap((b) => b.byReason.filter((r) => r.reason === reason.reason));
    expect(perBucket.reduce((acc, r) => acc + r.count, 0)).toBe(reason.count);
  }
  expect(totals.lostCount).toBe(
    deals.filter(
      (d) =>
        d.status === "lost" &&
        inScope(d, scope) &&
        (d.closedAt as Date) >= RANGE.start &&
        (d.closedAt as Date) < RANGE.end,
    ).length,
  );
});

test.prop([dealsArb, scopeArb, closedArb], { numRuns: 100 })(
  "adding a lost deal never lowers the loss rate by count",
  (deals, scope, extraRaw) => {
    const before = lostDeals(deals, options(scope));
    const added = toDeal({ ...extraRaw, status: "lost" }, "extra");
    const after = lostDeals([...deals, added], options(scope));
    const pairs: [LostDealsResult["totals"], LostDealsResult["totals"]][] = [
      [before.totals, after.totals],
      ...before.buckets.map((b, i) => [b, after.buckets[i]] as [LostDealsResult["totals"], LostDealsResult["totals"]]),
    ];
    for (const [old, now] of pairs) {
      if (old.lossRateByCount.value === null) continue;
      expect(now.lossRateByCount.value?.greaterThanOrEqualTo(old.lossRateByCount.value)).toBe(true);
    }
  },
);

test.prop([dealsArb, scopeArb, fc.integer({ min: -2000, max: 2000 }).filter((n) => n !== 0)], { numRuns: 100 })(
  "scaling every amount by k leaves the loss rates unchanged",
  (deals, scope, thousandths) => {
    const k = new Dec(thousandths).div(1000);
    const base = lostDeals(deals, options(scope));
    const scaled = lostDeals(
      deals.map((d) => ({ ...d, amount: d.amount.times(k) })),
      options(scope),
    );
    const figures = [[base.totals, scaled.totals], ...base.buckets.map((b, i) => [b, scaled.buckets[i]])] as const;
    for (const [a, b] of figures) {
      expect(b?.lossRateByCount).toEqual(a?.lossRateByCount);
      expect(b?.lossRateByValue.value?.toString() ?? null).toBe(a?.lossRateByValue.value?.toString() ?? null);
      expect(b?.lossRateByValue.reason).toBe(a?.lossRateByValue.reason);
    }
  },
);

test.prop([dealsArb, scopeArb, spikeArb, fc.boolean()], { numRuns: 100 })(
  "input order changes nothing",
  (deals, scope, spike, explain) => {
    const result = lostDeals(deals, options(scope, { spike, explain }));
    expect(lostDeals([...deals].reverse(), options(scope, { spike, explain }))).toEqual(result);
    expect(lostDeals([...deals.slice(5), ...deals.slice(0, 5)], options(scope, { spike, explain }))).toEqual(result);
  },
);

test.prop([dealsArb, scopeArb, dealsArb], { numRuns: 100 })(
  "records outside the range, open deals and deals of owners out of scope change nothing",
  (deals, scope, extra) => {
    const result = lostDeals(deals, options(scope, { explain: true }));
    const outside = extra
      .map((d, index) => ({ ...d, id: `x${index}` }))
      .filter((d) => !inScope(d, scope) || (d.closedAt as Date) < RANGE.start || (d.closedAt as Date) >= RANGE.end);
    const open: Deal[] = extra.slice(0, 5).map((d, index) => {
      const { closedAt: _closedAt, ...rest } = d;
      return { ...rest, id: `o${index}`, status: "open", currency: "USD" };
    });
    expect(lostDeals([...outside, ...open, ...deals], options(scope, { explain: true }))).toEqual(result);
  },
);

test.prop([dealsArb, spikeArb], { numRuns: 100 })(
  "spike decisions agree with an independent floating-point reference away from the threshold",
  (deals, spike) => {
    const result = lostDeals(deals, { range: RANGE, spike });
    const counts = result.buckets.map((b) => b.lostCount);
    result.buckets.forEach((bucket, index) => {
      if (index < spike.trailingBuckets) {
        expect(bucket.flags).toEqual(["insufficient-history"]);
        return;
      }
      const previous = counts.slice(index - spike.trailingBuckets, index);
      const mean = previous.reduce((a, b) => a + b, 0) / previous.length;
      const squares = previous.reduce((a, b) => a + (b - mean) ** 2, 0);
      const std = Math.sqrt(squares / (spike.deviation === "sample" ? previous.length - 1 : previous.length));
      const threshold = mean + Number(spike.k) * std;
      expect(Math.abs(Number(bucket.threshold?.toString()) - threshold)).toBeLessThan(1e-9);
      expect(Math.abs(Number(bucket.mean?.toString()) - mean)).toBeLessThan(1e-9);
      if (Math.abs(bucket.lostCount - threshold) > 1e-9) {
        expect(bucket.flags.includes("spike")).toBe(bucket.lostCount >= spike.minCount && bucket.lostCount > threshold);
      }
      expect(bucket.flags).toEqual(bucket.flags.includes("spike") ? ["spike"] : []);
    });
  },
);

test.prop([dealsArb], { numRuns: 60 })("seller groups add up to the company's lost and won counts", (deals) => {
  const company = lostDeals(deals, { range: RANGE });
  const grouped = lostDealsGrouped(deals, { range: RANGE, groupBy: "seller", sellers: ROSTER });
  expect(grouped.groups.reduce((acc, g) => acc + g.result.totals.lostCount, 0)).toBe(company.totals.lostCount);
  expect(grouped.groups.reduce((acc, g) => acc + g.result.totals.wonCount, 0)).toBe(company.totals.wonCount);
  expect(sumOf(grouped.groups.map((g) => g.result.totals.lostAmount))).toBe(company.totals.lostAmount.toString());
});

/** The result of `run`, or the error it throws (its class, code and message). */
function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    return {
      error: (error as Error).constructor.name,
      code: (error as { code?: unknown }).code,
      message: (error as Error).message,
    };
  }
}

const asOfArb = fc.option(
  fc.oneof(
    fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
    // On bucket edges: the first instant of a month of the range.
    fc.integer({ min: 0, max: 8 }).map((month) => new Date(Date.UTC(2026, month, 1))),
  ),
  { nil: undefined },
);

test.prop([dealsArb, scopeArb, spikeArb, asOfArb], { numRuns: 100 })(
  "asOf cuts the closings: each bucket's figures are those of the deals closed before asOf; later buckets are not-started, the one holding asOf partial",
  (deals, scope, spike, asOf) => {
    const cut =
      asOf === undefined
        ? deals
        : deals.filter((deal) => deal.closedAt === undefined || deal.closedAt.getTime() < asOf.getTime());
    const result = lostDeals(deals, options(scope, { spike, ...(asOf === undefined ? {} : { asOf }) }));
    const reference = lostDeals(cut, options(scope, { spike }));
    const figures = ({ mean: _m, std: _s, threshold: _t, flags: _f, ...rest }: LostDealsResult["buckets"][number]) =>
      rest;
    expect(result.buckets.map(figures)).toEqual(reference.buckets.map(figures));
    expect(result.totals).toEqual(reference.totals);
    expect(result.asOf).toEqual(asOf ?? null);
    result.buckets.forEach((bucket, index) => {
      const before = reference.buckets[index];
      const notStarted = asOf !== undefined && bucket.start.getTime() >= asOf.getTime();
      const partial = asOf !== undefined && !notStarted && bucket.end.getTime() > asOf.getTime();
      if (notStarted) {
        expect([bucket.flags, bucket.mean, bucket.threshold]).toEqual([["not-started"], null, null]);
        return;
      }
      // Judged as without asOf on the same (cut) history, `partial` added to the bucket holding asOf.
      expect([bucket.mean, bucket.std, bucket.threshold]).toEqual([before?.mean, before?.std, before?.threshold]);
      expect(bucket.flags).toEqual(partial ? [...(before?.flags ?? []), "partial"] : before?.flags);
    });
    const inside = asOf !== undefined && asOf.getTime() < RANGE.end.getTime();
    expect(result.warnings.map((w) => w.code)).toEqual(
      inside ? [asOf.getTime() <= RANGE.start.getTime() ? "range-not-started" : "partial-range"] : [],
    );
  },
);

test.prop([dealsArb, scopeArb, spikeArb, fc.boolean(), fc.option(fc.nat(), { nil: undefined }), asOfArb], {
  numRuns: 100,
})(
  "the table executor gives the same result (or the same error) as the reference executor",
  (deals, scope, spike, explain, usd, asOf) => {
    // Optionally one deal in USD: a MixedCurrencyError when it is counted, from both executors alike.
    const input =
      usd === undefined || deals.length === 0
        ? deals
        : deals.map((d, index) => (index === usd % deals.length ? { ...d, currency: "USD" } : d));
    const tables = tableRunner({ deals: dealColumnsOf(dealTable(input), "deals") });
    const records = referenceRunner({ deals: input });
    const at = asOf === undefined ? {} : { asOf };
    const opts = options(scope, { spike, explain, ...at });
    const settings = checkLostDealsOptions(opts);
    expect(outcome(() => lostDealsOf(tables, settings, new CurrencyGuard(opts)))).toEqual(
      outcome(() => lostDealsOf(records, settings, new CurrencyGuard(opts))),
    );
    for (const groupBy of ["seller", "team"] as const) {
      const grouped = { range: RANGE, sellers: ROSTER, reasonCategories: CATEGORIES, spike, explain, ...at };
      expect(outcome(() => lostDealsGroupedOf(tables, grouped, groupBy, RANGE))).toEqual(
        outcome(() => lostDealsGroupedOf(records, grouped, groupBy, RANGE)),
      );
    }
  },
);
