import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import * as z from "zod";
import { DecimalJsonSchema, ratioJsonSchema, resultFromJSON } from "../model/resultJson.js";
import { Dec } from "../money/dec.js";
import { MAX_JSON_PRECISION, resultToJSON } from "./resultToJSON.js";

/** A ratio as the library computes it: a 60-digit quotient of two exact amounts (any sign, zero denominators empty). */
const ratio = fc
  .record({
    numerator: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    denominator: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    scale: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ numerator, denominator, scale }) => {
    const top = new Dec(numerator.toString()).div(new Dec(10).pow(scale));
    const bottom = new Dec(denominator.toString());
    return bottom.isZero()
      ? { value: null, reason: "no-target" as const, numerator: top, denominator: bottom }
      : { value: top.div(bottom), reason: null, numerator: top, denominator: bottom };
  });

const schema = z.object({
  ratios: z.array(ratioJsonSchema(["no-target"])),
  sum: DecimalJsonSchema,
  elapsedFraction: DecimalJsonSchema,
});

describe("resultToJSON with precision", () => {
  test.prop([
    fc.array(ratio, { maxLength: 5 }),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
    fc.integer({ min: 1, max: MAX_JSON_PRECISION }),
  ])(
    "rounds each ratio value to `precision` significant digits, keeps parts and sums exact, and reads back",
    (ratios, units, precision) => {
      const sum = new Dec(units.toString()).div(1000);
      const elapsedFraction = new Dec(1).div(7);
      const back = resultFromJSON(schema, resultToJSON({ ratios, sum, elapsedFraction }, { precision }));
      expect(back.sum.toString()).toBe(sum.toString());
      expect(back.elapsedFraction.toString()).toBe(
        elapsedFraction.toSignificantDigits(precision, Decimal.ROUND_HALF_UP).toString(),
      );
      back.ratios.forEach((read, index) => {
        const original = ratios[index]!;
        expect(read.numerator.toString()).toBe(original.numerator.toString());
        expect(read.denominator.toString()).toBe(original.denominator.toString());
        expect(read.reason).toBe(original.reason);
        expect(read.value?.toString() ?? null).toBe(
          original.value?.toSignificantDigits(precision, Decimal.ROUND_HALF_UP).toString() ?? null,
        );
        if (read.value !== null && original.value !== null)
          expect(read.value.precision()).toBeLessThanOrEqual(precision);
      });
    },
  );
});
