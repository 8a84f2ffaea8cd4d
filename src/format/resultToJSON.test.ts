import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InvalidArgumentError } from "../errors/index.js";
import { lostDeals, LostDealsResultSchema } from "../indicators/lostDeals/lostDeals.js";
import { pipeline, PipelineResultSchema } from "../indicators/pipeline/pipeline.js";
import { revenuePerSeller, RevenuePerSellerResultSchema } from "../indicators/revenue/revenuePerSeller.js";
import { revenueVsTarget, RevenueVsTargetResultSchema } from "../indicators/revenue/revenueVsTarget.js";
import {
  revenueVsTargetSeries,
  RevenueVsTargetSeriesResultSchema,
} from "../indicators/revenue/revenueVsTargetSeries.js";
import { ratioJsonSchema, resultFromJSON } from "../model/resultJson.js";
import type { Order, RevenueTarget } from "../model/types.js";
import { Dec } from "../money/dec.js";
import { periodContaining } from "../period/periodContaining.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { MAX_JSON_PRECISION, resultJsonReplacer, resultToJSON } from "./resultToJSON.js";

const d = (iso: string): Date => new Date(iso);
const JAN = { start: d("2026-01-01T00:00:00Z"), end: d("2026-02-01T00:00:00Z") };

describe("resultToJSON on a result worked by hand", () => {
  // Worked by hand: realized 100 of a January target of 300 -> attainment 1/3 = 0.333... (60 digits);
  // asOf 2026-01-11T00:00Z is 10 of 31 days in -> elapsedFraction 10/31 = 0.32258064516...;
  // expectedToDate = 300 x 10/31 = 96.774193548...; pace = 100 / (3000/31) = 31/30 = 1.0333...
  const orders: Order[] = [
    {
      id: "o1",
      date: d("2026-01-05T00:00:00Z"),
      amount: new Dec("100"),
      currency: "EUR",
      sellerId: "s1",
      customerId: "c1",
    },
  ];
  const targets: RevenueTarget[] = [
    {
      id: "t1",
      level: "company",
      scopeId: undefined,
      start: JAN.start,
      end: JAN.end,
      amount: new Dec("300"),
      currency: "EUR",
    },
  ];
  const result = revenueVsTarget(orders, { targets: targets, period: JAN, asOf: d("2026-01-11T00:00:00Z") });

  it("is exact by default: the same text as JSON.stringify", () => {
    const text = resultToJSON(result);
    expect(text).toBe(JSON.stringify(result));
    const json = JSON.parse(text) as Record<string, { value: string }>;
    expect(json.attainment?.value).toBe(new Dec(1).div(3).toString());
    expect(json.attainment?.value.length).toBe(62);
  });

  it("rounds the ratio values and elapsedFraction, and nothing else", () => {
    const json = JSON.parse(resultToJSON(result, { precision: 6 })) as Record<string, unknown>;
    expect(json.attainment).toEqual({ value: "0.333333", reason: null, numerator: "100", denominator: "300" });
    expect(json.pace).toEqual({
      value: "1.03333",
      reason: null,
      numerator: "100",
      denominator: new Dec(300).times(10).div(31).toString(),
    });
    expect(json.elapsedFraction).toBe("0.322581");
    expect(json.expectedToDate).toBe(result.expectedToDate.toString());
    expect(json.projected).toEqual({ value: result.projected.value?.toString(), reason: null });
    expect(json.realized).toBe("100");
    expect(json.target).toBe("300");
    expect(json.thresholds).toEqual({ good: "1", watch: "0.8" });
    expect(json.period).toEqual({
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-02-01T00:00:00.000Z",
      timeZone: "UTC",
    });
  });

  it("reads back with resultFromJSON", () => {
    const back = resultFromJSON(RevenueVsTargetResultSchema, resultToJSON(result, { precision: 3 }));
    expect(back.attainment.value?.toString()).toBe("0.333");
    expect(back.attainment.numerator.toString()).toBe("100");
    expect(back.elapsedFraction.toString()).toBe("0.323");
    expect(back.realized.toString()).toBe("100");
    expect(back.expectedToDate.toString()).toBe(result.expectedToDate.toString());
    expect(resultFromJSON(RevenueVsTargetResultSchema, resultToJSON(result))).toEqual(result);
  });

  it("indents with space", () => {
    expect(resultToJSON({ a: new Dec(1) }, { space: 2 })).toBe('{\n  "a": "1"\n}');
  });

  it("rejects a bad precision, a bad space and undefined", () => {
    for (const precision of [0, -1, 1.5, MAX_JSON_PRECISION + 1, Number.NaN, "6"]) {
      expect(() => resultToJSON(result, { precision: precision as number })).toThrow(InvalidArgumentError);
      expect(() => resultJsonReplacer({ precision: precision as number })).toThrow(InvalidArgumentError);
    }
    expect(() => resultToJSON(result, { space: {} as never })).toThrow(InvalidArgumentError);
    expect(() => resultToJSON(undefined)).toThrow(InvalidArgumentError);
    expect(() => resultToJSON(result, null as never)).toThrow(InvalidArgumentError);
  });
});

describe("resultJsonReplacer", () => {
  it("rounds half away from zero, keeps empty ratios and small exponents readable back", () => {
    const ratio = (value: string | null, reason: string | null = null) => ({
      value: value === null ? null : new Dec(value),
      reason,
      numerator: new Dec(1),
      denominator: new Dec(value === null ? 0 : 1),
    });
    const text = JSON.stringify(
      [ratio("0.125"), ratio("-0.125"), ratio("0.00000001234"), ratio(null, "no-target"), ratio("123456")],
      resultJsonReplacer({ precision: 2 }),
    );
    expect((JSON.parse(text) as { value: string | null }[]).map((entry) => entry.value)).toEqual([
      "0.13",
      "-0.13",
      "1.2e-8",
      null,
      "120000",
    ]);
    const back = resultFromJSON(z.array(ratioJsonSchema(["no-target"])), text);
    expect(back.map((entry) => entry.value?.toString() ?? null)).toEqual(["0.13", "-0.13", "1.2e-8", null, "120000"]);
  });

  it("changes nothing without precision", () => {
    const value = {
      attainment: { value: new Dec(2).div(3), reason: null, numerator: new Dec(2), denominator: new Dec(3) },
      elapsedFraction: new Dec(1).div(7),
    };
    expect(JSON.stringify(value, resultJsonReplacer())).toBe(JSON.stringify(value));
  });

  it("leaves alone objects that only look like figures", () => {
    const value = {
      figure: { value: new Dec(2).div(3), reason: null },
      ratio: { value: "0.5", reason: null, numerator: "1", denominator: "2" },
    };
    expect(JSON.stringify(value, resultJsonReplacer({ precision: 2 }))).toBe(JSON.stringify(value));
  });
});

/** Every path of a parsed JSON value whose leaf differs between `a` and `b`. */
function differences(a: unknown, b: unknown, path: string[] = []): string[][] {
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]),
    );
  }
  return a === b ? [] : [path];
}

function valueAt(json: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], json);
}

describe("resultToJSON on the sample dataset's results", () => {
  const data = generateSampleDataset();
  const year = periodContaining(data.asOf, "year");
  const cases: [string, unknown, z.ZodType][] = [
    [
      "revenueVsTargetSeries",
      revenueVsTargetSeries(data.orders, {
        targets: data.revenueTargets,
        range: year,
        grain: "month",
        asOf: data.asOf,
      }),
      RevenueVsTargetSeriesResultSchema,
    ],
    [
      "revenuePerSeller",
      revenuePerSeller(data.orders, {
        range: year,
        asOf: data.asOf,
        sellers: data.sellers,
        targets: data.revenueTargets,
        activities: data.activities,
      }),
      RevenuePerSellerResultSchema,
    ],
    [
      "pipeline",
      pipeline(data.deals, {
        asOf: data.asOf,
        stageProbabilities: data.stageProbabilities,
        forecast: { period: year, orders: data.orders, targets: data.revenueTargets },
      }),
      PipelineResultSchema,
    ],
    [
      "lostDeals",
      lostDeals(data.deals, {
        range: { start: year.start, end: data.asOf },
        reasonCategories: data.lossReasonCategories,
      }),
      LostDealsResultSchema,
    ],
  ];

  it.each(cases)(
    "%s: only ratio values and elapsedFraction change, each to its rounded value, and it reads back",
    (_name, result, schema) => {
      const exact = JSON.parse(resultToJSON(result)) as unknown;
      for (const precision of [1, 4, 6]) {
        const text = resultToJSON(result, { precision });
        const rounded = JSON.parse(text) as unknown;
        const changed = differences(exact, rounded);
        for (const path of changed) {
          const last = path[path.length - 1];
          const holder = valueAt(exact, path.slice(0, -1)) as Record<string, unknown>;
          const isRatioValue = last === "value" && "numerator" in holder && "denominator" in holder;
          expect(isRatioValue || last === "elapsedFraction", path.join(".")).toBe(true);
          expect(valueAt(rounded, path)).toBe(
            new Decimal(valueAt(exact, path) as string)
              .toSignificantDigits(precision, Decimal.ROUND_HALF_UP)
              .toString(),
          );
        }
        expect(() => resultFromJSON(schema, text)).not.toThrow();
      }
      // The sample's ratios are long decimals: something was rounded.
      expect(differences(exact, JSON.parse(resultToJSON(result, { precision: 4 }))).length).toBeGreaterThan(0);
    },
  );
});
