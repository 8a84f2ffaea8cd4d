import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { toDecimal } from "../../money/decimal.js";
import type { Deal, Order } from "../../model/types.js";
import { dealTable } from "../dealTable.js";
import { dealStageChangeTable } from "../dealHistoryTables.js";
import { orderTable } from "../orderTable.js";
import type { DealColumns, OrderColumns } from "../_columns.js";
import { executePlan } from "./executePlan.js";
import type { AnyColumns } from "./planColumns.js";
import type { AggregationPlan } from "./plan.js";

const t = (iso: string): number => Date.parse(iso);

function order(id: string, sellerId: string, date: string, amount: string, currency = "EUR"): Order {
  return { id, sellerId, customerId: `c-${sellerId}`, date: new Date(date), amount: toDecimal(amount), currency };
}

const ORDERS = orderTable([
  order("o1", "ann", "2026-01-05T00:00:00Z", "100"),
  order("o2", "bob", "2026-01-31T23:59:59.999Z", "50.5"),
  order("o3", "ann", "2026-02-01T00:00:00Z", "-20"), // a credit note, on February's first instant
  order("o4", "__proto__", "2026-02-10T00:00:00Z", "7"),
  order("o5", "ann", "2026-03-01T00:00:00Z", "999"), // at the window's end: outside
]) as unknown as OrderColumns;

const WINDOW = { from: t("2026-01-01T00:00:00Z"), to: t("2026-03-01T00:00:00Z") };
const MONTHS = [t("2026-01-01T00:00:00Z"), t("2026-02-01T00:00:00Z")];

/** The currencies a MixedCurrencyError names when `plan` runs over `table` with each visit order. */
function currenciesNamed(
  plan: Omit<AggregationPlan, "visit">,
  table: OrderColumns,
  visit: "table" | "groups",
): readonly string[] {
  try {
    executePlan({ ...plan, visit }, table, new CurrencyGuard({}));
  } catch (error) {
    return (error as MixedCurrencyError).currencies;
  }
  return [];
}

describe("executePlan", () => {
  it("sums and counts by bucket and owner, half-open window, credit notes negative", () => {
    const cells = executePlan(
      {
        table: "orders",
        time: "date",
        window: WINDOW,
        buckets: MONTHS,
        groupBy: [{ column: "owner", keys: ["cy"] }],
        measures: { orders: { kind: "count" }, revenue: { kind: "sum", column: "amount" } },
      },
      ORDERS,
    );
    // Worked by hand: keys are the listed seller, then owners met in table order.
    expect(cells.keys).toEqual([["cy", "ann", "bob", "__proto__"]]);
    expect(cells.get(0, "ann")).toEqual({ orders: 1, revenue: toDecimal("100") });
    expect(cells.get(0, "bob").revenue.toString()).toBe("50.5"); // the last millisecond of January
    expect(cells.get(1, "ann").revenue.toString()).toBe("-20"); // February's first instant is February's
    expect(cells.get(1, "__proto__")).toEqual({ orders: 1, revenue: toDecimal("7") });
    expect(cells.get(1, "cy")).toEqual({ orders: 0, revenue: toDecimal("0") }); // listed, with zeros
    expect(cells.total("ann")).toEqual({ orders: 2, revenue: toDecimal("80") }); // o5 is at the window's end
    expect(cells.get(0, "nobody").orders).toBe(0);
  });

  it("keeps the scope's owners and the rows that pass every predicate", () => {
    const deals = dealTable([
      deal("d1", "ann", "won", "2026-01-10T00:00:00Z", "300"),
      deal("d2", "ann", "lost", "2026-01-11T00:00:00Z", "100", "price"),
      deal("d3", "bob", "lost", "2026-01-12T00:00:00Z", "40"),
      deal("d4", "ann", "open", null, "1000"),
    ]) as unknown as DealColumns;
    const cells = executePlan(
      {
        table: "deals",
        time: "closedAt",
        window: WINDOW,
        owners: ["ann"],
        where: [{ kind: "in", column: "status", values: ["won", "lost"] }],
        groupBy: [{ column: "status" }],
        measures: { deals: { kind: "count" }, amount: { kind: "sum", column: "amount" }, ids: { kind: "ids" } },
      },
      deals,
    );
    expect(cells.keys).toEqual([["won", "lost"]]);
    expect(cells.get(0, "lost")).toEqual({ deals: 1, amount: toDecimal("100"), ids: ["d2"] }); // bob is out of scope
    expect(cells.total("won").ids).toEqual(["d1"]); // the open deal has no closedAt: never in a window
  });

  it("weights amounts by their own probability, else their stage's", () => {
    const deals = dealTable([
      { ...deal("d1", "ann", "open", null, "1000"), stage: "proposal" },
      { ...deal("d2", "ann", "open", null, "200"), stage: "proposal", probability: toDecimal("0.9") },
      { ...deal("d3", "bob", "open", null, "10"), stage: "lead", probability: toDecimal("0.123456") },
    ]) as unknown as DealColumns;
    const cells = executePlan(
      {
        table: "deals",
        time: "createdAt",
        window: { from: null, to: null },
        measures: {
          weighted: {
            kind: "weightedSum",
            column: "amount",
            weight: "probability",
            fallback: { column: "stage", values: [["proposal", "0.4"]] },
          },
        },
      },
      deals,
    );
    // Worked by hand: 1000 x 0.4 + 200 x 0.9 + 10 x 0.123456 = 400 + 180 + 1.23456.
    expect(cells.total().weighted.toString()).toBe("581.23456");
  });

  it("meets amounts in the plan's visit order, which decides the currencies an error names", () => {
    const orders = orderTable([
      order("o1", "bob", "2026-01-05T00:00:00Z", "1", "GBP"),
      order("o2", "ann", "2026-01-06T00:00:00Z", "1"),
      order("o3", "ann", "2026-01-07T00:00:00Z", "1", "USD"),
    ]) as unknown as OrderColumns;
    const plan = {
      table: "orders",
      time: "date",
      window: WINDOW,
      groupBy: [{ column: "owner", keys: ["ann", "bob"] }],
      measures: { revenue: { kind: "sum", column: "amount" } },
    } as const;
    const currencies = (visit: "table" | "groups"): readonly string[] => currenciesNamed(plan, orders, visit);
    // The error lists the two currencies met first, sorted: GBP then EUR in table order...
    expect(currencies("table")).toEqual(["EUR", "GBP"]);
    // ...EUR then USD when ann's rows come first.
    expect(currencies("groups")).toEqual(["EUR", "USD"]);
  });

  it("meets a relabelled group's amounts value by value in relabel order, each value's rows in table order", () => {
    const orders = orderTable([
      order("o1", "ann", "2026-01-05T00:00:00Z", "1"),
      order("o2", "ann", "2026-01-06T00:00:00Z", "1", "USD"),
      order("o3", "bob", "2026-01-07T00:00:00Z", "1", "GBP"),
    ]) as unknown as OrderColumns;
    const plan = {
      table: "orders",
      time: "date",
      window: WINDOW,
      groupBy: [
        {
          column: "owner",
          relabel: [
            ["bob", "north"],
            ["ann", "north"],
          ],
        },
      ],
      measures: { revenue: { kind: "sum", column: "amount" } },
    } as const;
    const currencies = (visit: "table" | "groups"): readonly string[] => currenciesNamed(plan, orders, visit);
    // Worked by hand: in table order ann's EUR then USD meet first; by groups bob's GBP, then ann's EUR.
    expect(currencies("table")).toEqual(["EUR", "USD"]);
    expect(currencies("groups")).toEqual(["EUR", "GBP"]);
  });

  it("weights thousands of distinct probabilities over thousands of cells (more cell x weight pairs than an array holds)", () => {
    // 2000 deals of amount 1, deal i with probability i / 10000, owned by o(i mod 10); 2100 owners listed.
    const deals = dealTable(
      Array.from({ length: 2000 }, (_, n) => ({
        ...deal(`d${n + 1}`, `o${(n + 1) % 10}`, "open", null, "1"),
        probability: toDecimal(String((n + 1) / 10000)),
      })),
    ) as unknown as DealColumns;
    const keys = Array.from({ length: 2100 }, (_, k) => `o${k}`);
    const cells = executePlan(
      {
        table: "deals",
        time: "createdAt",
        window: { from: null, to: null },
        groupBy: [{ column: "owner", keys }],
        measures: { weighted: { kind: "weightedSum", column: "amount", weight: "probability" } },
      },
      deals,
    );
    // Worked by hand: o1 holds i = 1, 11, ..., 1991: 200 terms summing to 200 x (1 + 1991) / 2 = 199200, / 10000.
    expect(cells.total("o1").weighted.toString()).toBe("19.92");
    // o0 holds i = 10, 20, ..., 2000: 200 x (10 + 2000) / 2 = 201000, / 10000.
    expect(cells.total("o0").weighted.toString()).toBe("20.1");
    expect(cells.total("o2099").weighted.toString()).toBe("0");
  });

  it("groups relabelled values (sellers into teams) and leaves out the values without a label", () => {
    const cells = executePlan(
      {
        table: "orders",
        time: "date",
        window: WINDOW,
        groupBy: [
          {
            column: "owner",
            relabel: [
              ["ann", "north"],
              ["__proto__", "north"],
            ],
          },
        ],
        measures: { revenue: { kind: "sum", column: "amount" }, sellers: { kind: "distinct", column: "owner" } },
      },
      ORDERS,
    );
    expect(cells.keys).toEqual([["north"]]); // bob has no team
    expect(cells.total("north")).toEqual({ revenue: toDecimal("87"), sellers: 2 });
  });

  it("rejects a malformed plan with a clear error", () => {
    const measures = { n: { kind: "count" } } as const;
    expect(() => executePlan({ table: "deals", time: "closedAt", window: WINDOW, measures }, ORDERS)).toThrow(
      InvalidArgumentError,
    );
    expect(() => executePlan({ table: "orders", time: "closedAt", window: WINDOW, measures }, ORDERS)).toThrow(
      /orders do not have/,
    );
    expect(() =>
      executePlan({ table: "orders", time: "date", window: WINDOW, buckets: [MONTHS[1] as number], measures }, ORDERS),
    ).toThrow(/first bucket/);
    expect(() =>
      executePlan({ table: "orders", time: "date", window: { from: WINDOW.to, to: WINDOW.from }, measures }, ORDERS),
    ).toThrow(/window/);
  });

  it("survives JSON: a plan is data", () => {
    const plan = {
      table: "orders",
      time: "date",
      window: WINDOW,
      buckets: MONTHS,
      groupBy: [{ column: "owner" }],
      measures: { revenue: { kind: "sum", column: "amount" } },
    } as const;
    const back = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(executePlan(back, ORDERS).total("ann")).toEqual(executePlan(plan, ORDERS).total("ann"));
  });
});

function deal(
  id: string,
  ownerId: string,
  status: Deal["status"],
  closedAt: string | null,
  amount: string,
  lossReason?: string,
): Deal {
  return {
    id,
    ownerId,
    amount: toDecimal(amount),
    currency: "EUR",
    stage: "closed",
    status,
    createdAt: new Date("2025-12-01T00:00:00Z"),
    ...(closedAt === null ? {} : { closedAt: new Date(closedAt) }),
    ...(lossReason === undefined ? {} : { lossReason }),
  };
}

describe("executePlan over the extended order and activity fields", () => {
  const extended: Order[] = [
    {
      ...order("x1", "ann", "2026-01-05T00:00:00Z", "900"),
      grossAmount: toDecimal("1000"),
      discount: toDecimal("100"),
    },
    { ...order("x2", "ann", "2026-01-06T00:00:00Z", "500"), hoursSold: toDecimal("7.5"), margin: toDecimal("120") },
    { ...order("x3", "bob", "2026-01-07T00:00:00Z", "300"), discount: toDecimal("0.00001"), dealId: "d-1" },
  ];
  const plan = <M extends AggregationPlan["measures"]>(
    where: AggregationPlan["where"],
    measures: M,
  ): AggregationPlan<M> => ({
    table: "orders",
    time: "date",
    window: WINDOW,
    ...(where === undefined ? {} : { where }),
    groupBy: [],
    measures,
  });

  it("sums an optional amount over the rows that have it (the present predicate reads amount columns)", () => {
    const table = orderTable(extended) as unknown as OrderColumns;
    const discounts = executePlan(
      plan([{ kind: "present", column: "discount", present: true }], {
        n: { kind: "count" },
        sum: { kind: "sum", column: "discount" },
      }),
      table,
    ).total();
    // Worked by hand: 100 + 0.00001 (x3's discount has five decimals: exact, not scaled).
    expect(discounts).toEqual({ n: 2, sum: toDecimal("100.00001") });
    const withoutGross = executePlan(
      plan([{ kind: "present", column: "grossAmount", present: false }], { sum: { kind: "sum", column: "amount" } }),
      table,
    ).total();
    expect(withoutGross.sum.toString()).toBe("800");
    const hours = executePlan(plan([], { hours: { kind: "decimalSum", column: "hoursSold" } }), table).total();
    expect(hours.hours.toString()).toBe("7.5");
  });

  it("reads an optional column a table did not store as absent on every row", () => {
    const table = orderTable([order("p1", "ann", "2026-01-05T00:00:00Z", "10")]) as unknown as OrderColumns;
    expect(
      executePlan(plan([{ kind: "present", column: "margin", present: true }], { n: { kind: "count" } }), table).total()
        .n,
    ).toBe(0);
    expect(
      executePlan(plan([{ kind: "in", column: "dealId", values: [null] }], { n: { kind: "count" } }), table).total().n,
    ).toBe(1);
    expect(
      executePlan(plan([], { h: { kind: "decimalSum", column: "hoursSold" } }), table)
        .total()
        .h.toString(),
    ).toBe("0");
  });

  it("gives count, exact sum and median of a decimal column (decimalStats), scaled or not", () => {
    const hours = (id: string, day: string, value: string | null): Order => ({
      ...order(id, "ann", `2026-01-${day}T00:00:00Z`, "1"),
      ...(value === null ? {} : { hoursSold: toDecimal(value) }),
    });
    const stats = (orders: Order[]) =>
      executePlan(
        {
          table: "orders",
          time: "date",
          window: WINDOW,
          buckets: MONTHS,
          groupBy: [],
          measures: { h: { kind: "decimalStats", column: "hoursSold" } },
        },
        orderTable(orders) as unknown as OrderColumns,
      );
    // Worked by hand. January: 7.5, 1, 3 and a row without hours: count 3, sum 11.5, median 3.
    // February: 2 and 5: median (2 + 5) / 2 = 3.5. Over both: 1, 2, 3, 5, 7.5: median 3.
    const cells = stats([
      hours("h1", "05", "7.5"),
      hours("h2", "06", "1"),
      hours("h3", "07", null),
      hours("h4", "08", "3"),
      { ...hours("h5", "09", "2"), date: new Date("2026-02-03T00:00:00Z") },
      { ...hours("h6", "10", "5"), date: new Date("2026-02-04T00:00:00Z") },
    ]);
    expect(cells.get(0).h).toEqual({ count: 3, sum: toDecimal("11.5"), median: toDecimal("3") });
    expect(cells.get(1).h).toEqual({ count: 2, sum: toDecimal("7"), median: toDecimal("3.5") });
    expect(cells.total().h).toEqual({ count: 5, sum: toDecimal("18.5"), median: toDecimal("3") });
    // A value with five decimals has no scaled form: the exact path gives (0.00001 + 0.5) / 2.
    const exact = stats([hours("e1", "05", "0.00001"), hours("e2", "06", "0.5")]).get(0).h;
    expect(exact).toEqual({ count: 2, sum: toDecimal("0.50001"), median: toDecimal("0.250005") });
    // No value: count 0, sum 0, no median.
    expect(stats([hours("n1", "05", null)]).get(0).h).toEqual({ count: 0, sum: toDecimal("0"), median: null });
  });

  it("lists each row's value of a coded column, aligned with its ids and instants, cell by cell", () => {
    const table = orderTable(extended) as unknown as OrderColumns;
    const lists = {
      ids: { kind: "ids" },
      deal: { kind: "codeValues", column: "dealId" },
      owner: { kind: "codeValues", column: "owner" },
      date: { kind: "timeValues", column: "date" },
    } as const;
    // One cell: every row, in table order; x1 and x2 name no deal.
    expect(executePlan(plan([], lists), table).total()).toEqual({
      ids: ["x1", "x2", "x3"],
      deal: [null, null, "d-1"],
      owner: ["ann", "ann", "bob"],
      date: [t("2026-01-05T00:00:00Z"), t("2026-01-06T00:00:00Z"), t("2026-01-07T00:00:00Z")],
    });
    // By day and owner: a cell's own rows, and a key over every bucket back in table order.
    const days = [t("2026-01-01T00:00:00Z"), t("2026-01-06T00:00:00Z")];
    const cells = executePlan({ ...plan([], lists), buckets: days, groupBy: [{ column: "owner" }] }, table);
    expect(cells.get(0, "ann").ids).toEqual(["x1"]);
    expect(cells.get(1, "ann").ids).toEqual(["x2"]);
    expect(cells.total("ann")).toMatchObject({ ids: ["x1", "x2"], deal: [null, null], owner: ["ann", "ann"] });
    expect(cells.total("bob")).toMatchObject({ ids: ["x3"], deal: ["d-1"] });
    expect(cells.total("nobody")).toEqual({ ids: [], deal: [], owner: [], date: [] });
  });
});

describe("executePlan: spans between two instants of a row (spanStats)", () => {
  const DAY = 86_400_000;
  const cycle = (id: string, created: string, closed: string | null, ownerId = "ann"): Deal => ({
    ...deal(id, ownerId, closed === null ? "open" : "won", closed, "1"),
    createdAt: new Date(created),
  });
  const stats = (
    deals: Deal[],
    to: "closedAt" | number,
    floorAtZero = false,
    groupBy: AggregationPlan["groupBy"] = [],
  ) =>
    executePlan(
      {
        table: "deals",
        time: "createdAt",
        window: { from: null, to: null },
        groupBy,
        measures: { s: { kind: "spanStats", from: "createdAt", to, ...(floorAtZero ? { floorAtZero } : {}) } },
      },
      dealTable(deals) as unknown as DealColumns,
    );

  it("gives count, exact sum and the two middle spans in ms, by cell", () => {
    // Worked by hand: ann's deals last 3, 1 and 10 days (middle 3), an open deal gives no span;
    // bob's last 2 and 5 days (middles 2 and 5: median 3.5 days).
    const deals = [
      cycle("a1", "2026-01-01T00:00:00Z", "2026-01-04T00:00:00Z"),
      cycle("a2", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"),
      cycle("a3", "2026-01-03T00:00:00Z", null),
      cycle("a4", "2026-01-04T00:00:00Z", "2026-01-14T00:00:00Z"),
      cycle("b1", "2026-01-05T00:00:00Z", "2026-01-07T00:00:00Z", "bob"),
      cycle("b2", "2026-01-06T00:00:00Z", "2026-01-11T00:00:00Z", "bob"),
    ];
    const cells = stats(deals, "closedAt", false, [{ column: "owner" }]);
    expect(cells.total("ann").s).toEqual({
      count: 3,
      positive: 3,
      sum: BigInt(14 * DAY),
      lowMiddle: BigInt(3 * DAY),
      highMiddle: BigInt(3 * DAY),
    });
    expect(cells.total("bob").s).toEqual({
      count: 2,
      positive: 2,
      sum: BigInt(7 * DAY),
      lowMiddle: BigInt(2 * DAY),
      highMiddle: BigInt(5 * DAY),
    });
    expect(cells.total("nobody").s).toEqual({ count: 0, positive: 0, sum: 0n, lowMiddle: null, highMiddle: null });
  });

  it("measures to one instant (an age at asOf), and floors negative spans at zero on request", () => {
    const asOf = t("2026-01-10T00:00:00Z");
    const deals = [
      cycle("a1", "2026-01-01T00:00:00Z", null), // 9 days old
      cycle("a2", "2026-01-12T00:00:00Z", null), // 2 days after asOf: -2 days
      cycle("a3", "2026-01-10T00:00:00Z", null), // 0
    ];
    expect(stats(deals, asOf).total().s).toEqual({
      count: 3,
      positive: 1,
      sum: BigInt(7 * DAY),
      lowMiddle: 0n,
      highMiddle: 0n,
    });
    // Floored: 9, 0 and 0 days; `positive` still counts the one span above zero.
    expect(stats(deals, asOf, true).total().s).toEqual({
      count: 3,
      positive: 1,
      sum: BigInt(9 * DAY),
      lowMiddle: 0n,
      highMiddle: 0n,
    });
    expect(() => stats(deals, Number.POSITIVE_INFINITY)).toThrow(InvalidArgumentError);
  });

  it("stays exact for spans past 2^53 ms and sums past 2^53", () => {
    // The earliest and latest instants a Date holds: 2 x 8.64e15 ms apart, past 2^53.
    const first = new Date(-8.64e15).toISOString();
    const last = new Date(8.64e15).toISOString();
    const wide = stats(
      [cycle("w1", first, last), cycle("w2", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")],
      "closedAt",
    );
    expect(wide.total().s).toEqual({
      count: 2,
      positive: 2,
      sum: 17_280_000_000_000_000n + BigInt(DAY),
      lowMiddle: BigInt(DAY),
      highMiddle: 17_280_000_000_000_000n,
    });
    // Many safe spans whose sum passes 2^53: 2,000 spans of 8e12 ms (about 253 years) sum to 1.6e16.
    const long = Array.from({ length: 2000 }, (_, i) =>
      cycle(`l${i}`, new Date(-4e12).toISOString(), new Date(4e12).toISOString()),
    );
    expect(stats(long, "closedAt").total().s.sum).toBe(16_000_000_000_000_000n);
  });
});

describe("executePlan: the furthest rank each key reached (reached)", () => {
  const change = (id: string, dealId: string, stage: string, day: string) => ({
    id,
    dealId,
    stage,
    enteredAt: new Date(`2026-01-${day}T00:00:00Z`),
  });
  const table = dealStageChangeTable([
    change("h1", "d1", "lead", "02"),
    change("h2", "d1", "proposal", "03"),
    change("h3", "d2", "lead", "04"),
    change("h4", "__proto__", "won", "05"), // straight to the last stage: it reached every one
    change("h5", "d3", "lost", "06"), // a stage not listed: no rank
    change("h6", "d2", "lead", "20"), // d2 again at the same stage: counted once
    change("h7", "d1", "lead", "21"), // back to an earlier stage: d1's furthest stays proposal
  ]) as unknown as AnyColumns;
  const reached = {
    table: "stageChanges",
    time: "enteredAt",
    window: { from: null, to: null },
    measures: { r: { kind: "reached", key: "dealId", column: "stage", ranks: ["lead", "proposal", "won"] } },
  } as const;

  it("counts per rank the keys whose furthest rank is that one or later", () => {
    expect(executePlan(reached, table).total().r).toEqual([3, 2, 1]);
  });

  it("reduces each cell on its own, and a key over every bucket to its furthest rank", () => {
    const cells = executePlan(
      {
        ...reached,
        window: { from: t("2026-01-01T00:00:00Z"), to: t("2026-02-01T00:00:00Z") },
        buckets: [t("2026-01-01T00:00:00Z"), t("2026-01-10T00:00:00Z")],
      },
      table,
    );
    expect(cells.get(0).r).toEqual([3, 2, 1]);
    expect(cells.get(1).r).toEqual([2, 0, 0]);
    expect(cells.total().r).toEqual([3, 2, 1]);
  });

  it("keeps a sparse map past 2^22 cell and key slots, with the same counts", () => {
    // 3,000 deals over 1,502 daily buckets: 4.5M (bucket, deal) slots, past the dense array's 2^22.
    // Deal i enters lead on day i % 1500; every third also reaches proposal the next day, every
    // fifth won the day after: 3,000 reach lead, 1,000 + 600 - 200 = 1,400 proposal or later, 600 won.
    const DAY = 86_400_000;
    const start = Date.parse("2026-01-01T00:00:00Z");
    const at = (day: number): Date => new Date(start + day * DAY);
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const day = i % 1500;
      return [
        { id: `l${i}`, dealId: `d${i}`, stage: "lead", enteredAt: at(day) },
        ...(i % 3 === 0 ? [{ id: `p${i}`, dealId: `d${i}`, stage: "proposal", enteredAt: at(day + 1) }] : []),
        ...(i % 5 === 0 ? [{ id: `w${i}`, dealId: `d${i}`, stage: "won", enteredAt: at(day + 2) }] : []),
      ];
    }).flat();
    const many = dealStageChangeTable(rows) as unknown as AnyColumns;
    const daily = executePlan(
      {
        ...reached,
        window: { from: at(0).getTime(), to: at(1502).getTime() },
        buckets: Array.from({ length: 1502 }, (_, day) => at(day).getTime()),
      },
      many,
    );
    expect(daily.total().r).toEqual([3000, 1400, 600]);
    expect(executePlan(reached, many).total().r).toEqual([3000, 1400, 600]);
    // Day 0: d0 and d1500 enter lead. Day 1: d1 and d1501 enter lead, d0 and d1500 reach proposal.
    expect(daily.get(0).r).toEqual([2, 0, 0]);
    expect(daily.get(1).r).toEqual([4, 2, 0]);
  });

  it("ranks a value listed twice at its last place, and gives zeros when no row has a rank", () => {
    const twice = { ...reached, measures: { r: { ...reached.measures.r, ranks: ["lead", "won", "lead"] } } };
    // lead is rank 2 (its last place), won rank 1: d1 and d2 reach rank 2, __proto__ rank 1.
    expect(executePlan(twice, table).total().r).toEqual([3, 3, 2]);
    const none = { ...reached, measures: { r: { ...reached.measures.r, ranks: ["nowhere", "never"] } } };
    expect(executePlan(none, table).total().r).toEqual([0, 0]);
  });
});
