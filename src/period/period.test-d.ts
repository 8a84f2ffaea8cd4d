import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "decimal.js";
import { countDays } from "./countDays.js";
import { createPeriod } from "./createPeriod.js";
import { elapsedFraction, type ElapsedFractionOptions } from "./elapsedFraction.js";
import { parseInstant, tryParseInstant, type InstantParse } from "./parseInstant.js";
import { periodContaining } from "./periodContaining.js";
import { prorate } from "./prorate.js";
import { splitRange } from "./splitRange.js";
import type { Bucket, CalendarOptions, DayCount, Grain, Period } from "./types.js";

describe("period types", () => {
  const period: Period = { start: new Date(0), end: new Date(1) };

  it("grains and day counts are closed unions", () => {
    expectTypeOf<Grain>().toEqualTypeOf<"day" | "week" | "month" | "quarter" | "semester" | "year">();
    expectTypeOf<DayCount>().toEqualTypeOf<"calendar" | "business">();
    // @ts-expect-error "hour" is not a grain
    splitRange(period, "hour");
  });

  it("periods are readonly Date pairs with an optional zone and label; buckets always have a label", () => {
    expectTypeOf<Period>().toEqualTypeOf<{
      readonly start: Date;
      readonly end: Date;
      readonly timeZone?: string;
      readonly label?: string;
    }>();
    expectTypeOf<Bucket>().toExtend<Period>();
    expectTypeOf<Bucket["label"]>().toEqualTypeOf<string>();
    expectTypeOf(createPeriod(new Date(), new Date())).toEqualTypeOf<Period>();
  });

  it("splitRange and periodContaining return buckets", () => {
    expectTypeOf(splitRange(period, "month")).toEqualTypeOf<Bucket[]>();
    expectTypeOf(periodContaining(new Date(), "week")).toEqualTypeOf<Bucket>();
    expectTypeOf(splitRange).parameter(2).toEqualTypeOf<CalendarOptions | undefined>();
  });

  it("fractions, proration and day counts are Decimals", () => {
    expectTypeOf(elapsedFraction(period, new Date())).toEqualTypeOf<Decimal>();
    expectTypeOf(prorate("1", period, period)).toEqualTypeOf<Decimal>();
    expectTypeOf(countDays(period)).toEqualTypeOf<Decimal>();
    expectTypeOf<ElapsedFractionOptions["dayCount"]>().toEqualTypeOf<DayCount | undefined>();
  });

  it("parseInstant returns a Date; tryParseInstant narrows on ok", () => {
    expectTypeOf(parseInstant("2026-01-01")).toEqualTypeOf<Date>();
    expectTypeOf(parseInstant).parameter(0).toEqualTypeOf<unknown>();
    const result = tryParseInstant("2026-01-01");
    expectTypeOf(result).toEqualTypeOf<InstantParse>();
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<Date>();
      expectTypeOf(result.dateOnly).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(result.message).toEqualTypeOf<string>();
    }
  });
});
