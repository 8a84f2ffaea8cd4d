/**
 * Property of the span path of the duration indicators: a set of spans kept as integer
 * milliseconds (the kernel's `spanStats`, `statsOfSpanPairs`) gives the same count, mean and median
 * as the same durations measured one by one as exact fractions (`durationBetween`, `summarize`),
 * in every measure where a unit has a fixed length, and the fixed length is refused elsewhere.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { statsOfSpanPairs, statsOfSpans } from "../table/kernel/spanStats.js";
import {
  durationBetween,
  durationFigures,
  durationStats,
  spanDurationFigures,
  spanDurationStats,
  unitLengthMs,
  type DurationMeasure,
} from "./_durations.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
// Instants within a few years, and a few at the ends of what a Date holds (spans past 2^53 ms).
const instant = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: T0 - 400 * 86_400_000, max: T0 + 400 * 86_400_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-8.64e15, 8.64e15, 0) },
);
const measureArb: fc.Arbitrary<DurationMeasure> = fc.record({
  unit: fc.constantFrom("hours" as const, "days" as const),
  dayCount: fc.constantFrom("calendar" as const, "business" as const),
  timeZone: fc.constantFrom("UTC", "Europe/Paris"),
});

describe("durations as integer spans", () => {
  test.prop([fc.array(fc.tuple(instant, instant), { maxLength: 40 }), measureArb])(
    "give the figures of the exact fractions, one by one, where the unit has a fixed length",
    (pairs, measure) => {
      const unitMs = unitLengthMs(measure);
      const fixed = measure.dayCount === "calendar" && (measure.unit === "hours" || measure.timeZone === "UTC");
      expect(unitMs !== null).toBe(fixed);
      if (unitMs === null) return;
      const durations = pairs.map(([from, to]) => durationBetween(from, to, measure));
      const spans = statsOfSpanPairs(
        Float64Array.from(pairs.map(([from]) => from)),
        Float64Array.from(pairs.map(([, to]) => to)),
        pairs.length,
      );
      expect(spans).toEqual(
        statsOfSpans(
          pairs.map(([from, to]) => BigInt(to) - BigInt(from)),
          false,
        ),
      );
      expect(spanDurationStats(spans, unitMs)).toEqual(durationStats(durations));
      expect(spanDurationFigures(spans, unitMs, "none")).toEqual(durationFigures(durations, "none"));
    },
  );
});
