/**
 * The zod shapes shared by the customer revenue results' schemas.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import {
  CountJsonSchema,
  CurrencyJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
} from "../../model/resultJson.js";
import { GRAINS } from "../../period/types.js";
import { CUSTOMER_REVENUE_WARNING_CODES } from "./customerTypes.js";
import { RENEWAL_RATE_WARNING_CODES } from "./renewalRateTypes.js";

/** A whole count. */

/** Schema of a `CustomerSegment`. */
export const SegmentJsonSchema = z.object({
  customerCount: CountJsonSchema,
  orderCount: CountJsonSchema,
  revenue: DecimalJsonSchema,
});

/** The fields of a `CustomerRevenueEnvelope`. */
export const customerRevenueEnvelopeShape = {
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  withoutCustomer: z.object({ orderCount: CountJsonSchema, realized: DecimalJsonSchema }),
  warnings: z.array(z.object({ code: z.enum(CUSTOMER_REVENUE_WARNING_CODES), message: z.string() })),
  explain: z
    .object({
      newCustomers: z.array(z.string()),
      newCustomerOrders: z.array(z.string()),
      existingCustomers: z.array(z.string()),
      existingCustomerOrders: z.array(z.string()),
      ordersWithoutCustomer: z.array(z.string()),
    })
    .exactOptional(),
};

/** The object schema of a new customer revenue result (the grouped schema reuses it). */
export const newCustomerRevenueResultObject = z.object({
  indicator: z.literal("new-customer-revenue"),
  ...customerRevenueEnvelopeShape,
  newCustomers: SegmentJsonSchema,
  meanRevenuePerNewCustomer: ratioJsonSchema(["no-new-customers"]),
});

/** The object schema of a new versus existing revenue result (the grouped schema reuses it). */
export const newVsExistingRevenueResultObject = z.object({
  indicator: z.literal("new-vs-existing-revenue"),
  ...customerRevenueEnvelopeShape,
  newCustomers: SegmentJsonSchema,
  existingCustomers: SegmentJsonSchema,
  realized: DecimalJsonSchema,
  newShare: ratioJsonSchema(["no-customer-revenue"]),
  existingShare: ratioJsonSchema(["no-customer-revenue"]),
});

/** The object schema of a renewal rate result (the grouped schema reuses it). */
export const renewalRateResultObject = z.object({
  indicator: z.literal("customer-renewal-rate"),
  unit: z.literal("ratio"),
  scope: ScopeJsonSchema,
  period: PeriodJsonSchema,
  previousPeriod: PeriodJsonSchema,
  previousBasis: z.enum(["months", "days", "duration", "given"]),
  asOf: InstantJsonSchema.nullable(),
  previousCustomers: CountJsonSchema,
  renewedCustomers: CountJsonSchema,
  lostCustomers: CountJsonSchema,
  currentCustomers: CountJsonSchema,
  rate: ratioJsonSchema(["no-previous-customers", "not-started"]),
  withoutCustomer: z.object({ previousOrderCount: CountJsonSchema, currentOrderCount: CountJsonSchema }),
  warnings: z.array(z.object({ code: z.enum(RENEWAL_RATE_WARNING_CODES), message: z.string() })),
  explain: z.object({ renewedCustomers: z.array(z.string()), lostCustomers: z.array(z.string()) }).exactOptional(),
});

export { CountJsonSchema };

export { seriesJsonSchema as customerSeriesJsonSchema } from "../_seriesJson.js";

/** The schema of a customer revenue series result: a customer series with its one currency. */
export function customerRevenueSeriesJsonSchema<const Id extends string, T>(id: Id, result: z.ZodType<T>) {
  return z.object({
    indicator: z.literal(id),
    currency: CurrencyJsonSchema,
    grain: z.enum(GRAINS),
    range: PeriodJsonSchema,
    asOf: InstantJsonSchema.nullable(),
    buckets: z.array(z.intersection(result, z.object({ label: z.string() }))),
    total: result,
  });
}
