/**
 * Properties of `penaltyAmountSeries`: on random penalties, zones, grains and `asOf` cuts, the
 * series is the same on the tables and record by record, each bucket is `penaltyAmount` over that
 * bucket, and the buckets add up to the total.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { Penalty } from "../../model/serviceTypes.js";
import type { Grain } from "../../period/types.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { penaltyAmountOf, penaltyAmountSeriesOf } from "./_penaltyAmount.js";

const FROM = Date.parse("2026-01-01T00:00:00Z");
const TO = Date.parse("2026-07-01T00:00:00Z");
const RANGE = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-06-01T00:00:00Z") };

const penaltyArb: fc.Arbitrary<Penalty> = fc.record({
  id: fc.constantFrom("p", "__proto__"),
  customerId: fc.constantFrom("c1", "__proto__"),
  date: fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
  amount: fc.integer({ min: -10_000, max: 1_000_000 }).map((cents) => new Dec(cents).div(100)),
  currency: fc.constant("EUR"),
});

test.prop([
  fc.array(penaltyArb, { maxLength: 30 }).map((list) => list.map((p, i) => ({ ...p, id: `${p.id}-${i}` }))),
  fc.constantFrom("UTC", "Europe/Paris", "Australia/Lord_Howe"),
  fc.option(
    fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
    { nil: undefined },
  ),
  fc.constantFrom<Grain>("week", "month", "quarter"),
  fc.boolean(),
])(
  "penaltyAmountSeries: tables = reference, each bucket = penaltyAmount over it",
  (penalties, timeZone, asOf, grain, explain) => {
    const base = { timeZone, explain, ...(asOf === undefined ? {} : { asOf }) };
    const { settings, series } = checkSeriesOptions({ ...base, range: RANGE, grain }, "month", checkServiceOptions);
    const table = tableRunner({ penalties: recordColumns("penalties", penalties) });
    const result = penaltyAmountSeriesOf(table, settings, new CurrencyGuard({}), series.buckets);
    expect(result).toEqual(
      penaltyAmountSeriesOf(referenceRunner({ penalties }), settings, new CurrencyGuard({}), series.buckets),
    );
    series.buckets.forEach((bucket, index) => {
      const { label, currency, ...figures } = result.buckets[index] ?? { label: "", currency: null };
      expect(label).toBe(bucket.label);
      // Every bucket carries the series' one currency (an empty bucket alone would have none).
      expect(currency).toBe(result.currency);
      const { currency: _alone, ...single } = penaltyAmountOf(
        table,
        checkServiceOptions({ ...base, period: bucket }),
        new CurrencyGuard({}),
      );
      expect(figures).toEqual(single);
    });
    const sum = result.buckets.reduce((total, b) => total.plus(b.amount), new Dec(0));
    expect(sum.equals(result.total.amount)).toBe(true);
  },
);
