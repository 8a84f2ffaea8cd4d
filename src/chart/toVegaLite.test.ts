import { Decimal } from "decimal.js";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import type { Deal } from "../model/types.js";
import { InvalidArgumentError } from "../errors/index.js";
import { activityRate } from "../indicators/activity/activityRate.js";
import { activityRateGrouped } from "../indicators/activity/activityRateGrouped.js";
import { activityRateSeries } from "../indicators/activity/activityRateSeries.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { lostDealsGrouped } from "../indicators/lostDeals/lostDealsGrouped.js";
import { pipeline } from "../indicators/pipeline/pipeline.js";
import { pipelineGrouped } from "../indicators/pipeline/pipelineGrouped.js";
import { pipelineSeries } from "../indicators/pipeline/pipelineSeries.js";
import { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import { revenueVsTargetGrouped } from "../indicators/revenue/revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "../indicators/revenue/revenueVsTargetSeries.js";
import { periodContaining } from "../period/periodContaining.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { toVegaLite, type ChartableResult } from "./toVegaLite.js";

const data = generateSampleDataset();
const { asOf, stageProbabilities } = data;
const year = periodContaining(asOf, "year");
const quarter = periodContaining(asOf, "quarter");
const toDate = { start: quarter.start, end: asOf };
const lastYear = { start: new Date(Date.UTC(2025, 5, 1)), end: asOf };
const targets = data.revenueTargets;

const FORMS: readonly (readonly [string, ChartableResult])[] = [
  ["revenueVsTarget", revenueVsTarget(data.orders, { targets, period: quarter, asOf })],
  ["revenueVsTargetSeries", revenueVsTargetSeries(data.orders, { targets, range: year, asOf })],
  [
    "revenueVsTargetGrouped",
    revenueVsTargetGrouped(data.orders, { targets, period: quarter, asOf, groupBy: "seller" }),
  ],
  ["revenuePerSeller", revenuePerSeller(data.orders, { range: year, asOf, targets })],
  ["pipeline", pipeline(data.deals, { asOf, stageProbabilities })],
  [
    "pipelineSeries",
    pipelineSeries(data.deals, { asOf, stageProbabilities, range: year, orders: data.orders, targets }),
  ],
  ["pipelineGrouped", pipelineGrouped(data.deals, { asOf, stageProbabilities, groupBy: "seller" })],
  ["activityRate", activityRate(data.activities, { targets: data.activityTargets, period: toDate, asOf })],
  [
    "activityRateSeries",
    activityRateSeries(data.activities, { targets: data.activityTargets, range: quarter, grain: "month", asOf }),
  ],
  [
    "activityRateGrouped",
    activityRateGrouped(data.activities, { targets: data.activityTargets, period: toDate, asOf, groupBy: "seller" }),
  ],
  ["lostDeals", lostDeals(data.deals, { range: lastYear })],
  ["lostDealsGrouped", lostDealsGrouped(data.deals, { range: lastYear, groupBy: "seller" })],
];

describe("toVegaLite", () => {
  it.each(FORMS)(
    "%s: a spec vega-lite compiles without a warning, drawn numbers finite, exact texts kept",
    (_, result) => {
      const spec = toVegaLite(result);
      const warnings: string[] = [];
      const logger = {
        level: () => 0,
        error: (...args: unknown[]) => {
          throw new Error(args.map(String).join(" "));
        },
        warn: (...args: unknown[]) => {
          warnings.push(args.map(String).join(" "));
          return logger;
        },
        info: () => logger,
        debug: () => logger,
      };
      // The spec is plain data: it survives JSON, as a notebook sends it.
      const sent = JSON.parse(JSON.stringify(spec)) as Parameters<typeof compile>[0];
      expect(compile(sent, { logger: logger }).spec.marks?.length).toBeGreaterThan(0);
      expect(warnings).toEqual([]);
      expect(spec.data.values.length).toBeGreaterThan(0);
      for (const row of spec.data.values) {
        const value = row["value"];
        expect(value === null || (typeof value === "number" && Number.isFinite(value))).toBe(true);
        expect(typeof row["exact"]).toBe("string");
        expect(typeof row["formatted"]).toBe("string");
      }
    },
  );

  it("revenue by month: a realized bar and a target tick per month, exact as the result holds them", () => {
    const series = revenueVsTargetSeries(data.orders, { targets, range: quarter, asOf });
    const spec = toVegaLite(series);
    const realized = spec.data.values.filter((row) => row["series"] === "Realized");
    const target = spec.data.values.filter((row) => row["series"] === "Target");
    expect(realized.map((row) => row["x"])).toEqual(series.buckets.map((bucket) => bucket.label));
    expect(realized.map((row) => row["exact"])).toEqual(series.buckets.map((bucket) => bucket.realized.toString()));
    expect(target.map((row) => row["exact"])).toEqual(series.buckets.map((bucket) => bucket.target.toString()));
    expect(realized.map((row) => row["value"])).toEqual(series.buckets.map((bucket) => bucket.realized.toNumber()));
  });

  it("a ratio's exact text is its parts; French words and display names with fr", () => {
    const grouped = activityRateGrouped(data.activities, {
      targets: data.activityTargets,
      period: toDate,
      asOf,
      groupBy: "seller",
    });
    const names = new Map(data.sellers.map((seller) => [seller.id, `Name of ${seller.id}`]));
    const spec = toVegaLite(grouped, { locale: "fr-FR", names });
    expect(spec.title.text).toBe("Taux d'activité par vendeur et par type");
    const first = grouped.groups[0];
    const line = first?.result.byType.find((entry) => entry.rate.value !== null);
    const row = spec.data.values.find(
      (entry) => entry["row"] === `Name of ${first?.key ?? ""}` && entry["x"] === line?.type,
    );
    expect(row?.["exact"]).toBe(`${line?.rate.numerator.toString() ?? ""}/${line?.rate.denominator.toString() ?? ""}`);
    expect(row?.["formatted"]).toMatch(/\u00A0%$/);
  });

  it("a seller named __proto__ is a seller like another", () => {
    const deals = [
      {
        id: "d1",
        ownerId: "__proto__",
        amount: new Decimal("100"),
        stage: "closed",
        currency: "EUR",
        status: "lost" as const,
        createdAt: new Date(Date.UTC(2026, 0, 2)),
        closedAt: new Date(Date.UTC(2026, 0, 5)),
      },
      {
        id: "d2",
        ownerId: "constructor",
        amount: new Decimal("50"),
        stage: "closed",
        currency: "EUR",
        status: "lost" as const,
        createdAt: new Date(Date.UTC(2026, 0, 2)),
        closedAt: new Date(Date.UTC(2026, 0, 6)),
      },
    ] satisfies Deal[];
    const grouped = lostDealsGrouped(deals, {
      range: { start: new Date(Date.UTC(2026, 0, 1)), end: new Date(Date.UTC(2026, 1, 1)) },
      groupBy: "seller",
    });
    const spec = toVegaLite(grouped, { names: new Map([["__proto__", "Proto"]]) });
    expect(spec.data.values.map((row) => [row["x"], row["exact"]])).toEqual([
      ["Proto", "1"],
      ["constructor", "1"],
    ]);
  });

  it("refuses what it does not draw, and malformed options", () => {
    const byCustomer = revenueVsTargetGrouped(data.orders, { targets, period: quarter, asOf, groupBy: "customer" });
    expect(() => toVegaLite(byCustomer as never)).toThrow(InvalidArgumentError);
    expect(() => toVegaLite({ indicator: "win-rate" } as never)).toThrow(InvalidArgumentError);
    expect(() => toVegaLite(null as never)).toThrow(InvalidArgumentError);
    const result = lostDeals(data.deals, { range: lastYear });
    expect(() => toVegaLite(result, { width: 0 })).toThrow(InvalidArgumentError);
    expect(() => toVegaLite(result, { names: {} as never })).toThrow(InvalidArgumentError);
    expect(() => toVegaLite(result, { locale: "not a locale!" })).toThrow(InvalidArgumentError);
  });

  it("draws an amount past a double's range at the largest double, its exact text whole", async () => {
    const { drawn } = await import("./_vegaLiteParts.js");
    expect(drawn(new Decimal("1e400"))).toBe(Number.MAX_VALUE);
    expect(drawn(new Decimal("-1e400"))).toBe(-Number.MAX_VALUE);
  });
});
