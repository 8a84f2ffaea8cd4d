/**
 * The fuzz properties of the operational indicators (visit duration, service cancellations, hours
 * sold, the two expense ratios, discounts), shared by the test suite
 * (`operationsFuzz.test-prop.ts`) and the nightly script (`fuzzMain.ts`, `npm run fuzz`).
 *
 * As in `fuzz.ts`: each indicator gets records obtained by parsing fuzzed rows (orders and
 * activities with their extended fields, expenses), so they are valid domain records, and valid
 * options with wild values merged over them; each property calls the indicator or its grouped
 * form. Every call returns a result that reads back from its JSON (each group's result, for a
 * grouped form) or throws one of crm-kpi's errors, and no global changes.
 */
import fc from "fast-check";
import type * as z from "zod";
import {
  discounts,
  discountsGrouped,
  DiscountsResultSchema,
  hoursSold,
  hoursSoldGrouped,
  HoursSoldResultSchema,
  marginToCommercialExpenses,
  marginToCommercialExpensesGrouped,
  MarginToExpensesResultSchema,
  parseActivities,
  parseExpenses,
  parseOrders,
  parseSellers,
  representationExpenseRatio,
  representationExpenseRatioGrouped,
  RepresentationExpenseResultSchema,
  serviceCancellations,
  serviceCancellationsGrouped,
  ServiceCancellationsResultSchema,
  visitDuration,
  visitDurationGrouped,
  VisitDurationResultSchema,
} from "../../src/index.js";
import {
  activityRow,
  asOf,
  commonOptions,
  expenseRow,
  fuzzedOptions,
  grain,
  orderRow,
  period,
  sellerRow,
} from "./arbitraries.js";
import { call, fuzz, merge, records, roundTrips, type FuzzProperty, type FuzzSettings } from "./fuzz.js";

const sellers = records(parseSellers, sellerRow);
const orders = records(parseOrders, orderRow);
const activities = records(parseActivities, activityRow);
const expenses = records(parseExpenses, expenseRow);

const COMMON = ["timeZone", "fiscalYearStartMonth", "scope", "sellers", "explain", "currency", "exchangeRates"];
const RANGE = ["range", "grain", "asOf"];

/** The operational options: the common ones, a range, grain and `asOf`, and the indicator's own. */
function base(own: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return merge(
    commonOptions(sellers),
    fc.record({ range: period, grain, asOf }, { requiredKeys: ["range"] }),
    fc.record(own, { requiredKeys: [] }),
  );
}

/** Options for the plain form (`grouped: false`) or the grouped form, with wild values merged over them. */
function options(
  own: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<{ readonly grouped: boolean; readonly options: unknown }> {
  const names = [...COMMON, ...RANGE, ...Object.keys(own)];
  return fc.oneof(
    fuzzedOptions(base(own), names).map((value) => ({ grouped: false, options: value })),
    fuzzedOptions(merge(base(own), fc.record({ groupBy: fc.constantFrom("seller", "team") })), [
      ...names,
      "groupBy",
    ]).map((value) => ({ grouped: true, options: value })),
  );
}

/** The result (or each group's result) reads back from its JSON. */
function readsBack(schema: z.ZodType): (result: unknown, input: { readonly grouped: boolean }) => void {
  const one = roundTrips(schema);
  return (result, { grouped }) => {
    if (!grouped) {
      one(result);
      return;
    }
    for (const group of (result as { readonly groups: readonly { readonly result: unknown }[] }).groups)
      one(group.result);
  };
}

const categories = fc.constantFrom<unknown>(
  ["representation"],
  ["travel", "other", "travel"],
  ["__proto__"],
  [],
  "representation",
);

/**
 * The fuzz properties of the operational indicators, each calling the plain or the grouped form.
 *
 * @param settings - how often the full poisoning check runs
 * @returns the properties, in a stable order
 */
export function operationsFuzzProperties(settings: FuzzSettings): FuzzProperty[] {
  const activityInput = (own: Record<string, fc.Arbitrary<unknown>>) =>
    fc.tuple(activities, options(own)).map(([records, { grouped, options }]) => ({ records, grouped, options }));
  const orderInput = (own: Record<string, fc.Arbitrary<unknown>>) =>
    fc.tuple(orders, options(own)).map(([records, { grouped, options }]) => ({ records, grouped, options }));
  const twoInputs = fc
    .tuple(orders, expenses, options({ categories }))
    .map(([orderList, expenseList, { grouped, options }]) => ({ orderList, expenseList, grouped, options }));
  return [
    fuzz(
      "visitDuration (and grouped)",
      activityInput({ durationUnit: fc.constantFrom<unknown>("hours", "days", "minutes") }),
      ({ records, grouped, options }) => call(grouped ? visitDurationGrouped : visitDuration, records, options),
      settings,
      readsBack(VisitDurationResultSchema),
    ),
    fuzz(
      "serviceCancellations (and grouped)",
      activityInput({ types: fc.constantFrom<unknown>(["meeting", "visit"], ["call", "__proto__"], [], "visit") }),
      ({ records, grouped, options }) =>
        call(grouped ? serviceCancellationsGrouped : serviceCancellations, records, options),
      settings,
      readsBack(ServiceCancellationsResultSchema),
    ),
    fuzz(
      "hoursSold (and grouped)",
      orderInput({}),
      ({ records, grouped, options }) => call(grouped ? hoursSoldGrouped : hoursSold, records, options),
      settings,
      readsBack(HoursSoldResultSchema),
    ),
    fuzz(
      "discounts (and grouped)",
      orderInput({}),
      ({ records, grouped, options }) => call(grouped ? discountsGrouped : discounts, records, options),
      settings,
      readsBack(DiscountsResultSchema),
    ),
    fuzz(
      "representationExpenseRatio (and grouped)",
      twoInputs,
      ({ orderList, expenseList, grouped, options }) =>
        call(grouped ? representationExpenseRatioGrouped : representationExpenseRatio, orderList, expenseList, options),
      settings,
      readsBack(RepresentationExpenseResultSchema),
    ),
    fuzz(
      "marginToCommercialExpenses (and grouped)",
      twoInputs,
      ({ orderList, expenseList, grouped, options }) =>
        call(grouped ? marginToCommercialExpensesGrouped : marginToCommercialExpenses, orderList, expenseList, options),
      settings,
      readsBack(MarginToExpensesResultSchema),
    ),
  ];
}
