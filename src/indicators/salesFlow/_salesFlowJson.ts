/**
 * Pieces of the sales-flow result schemas: the common head, duration statistics, groups.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { CountJsonSchema, InstantJsonSchema, PeriodJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import { REQUEST_KINDS } from "../../model/requestSchema.js";
import { SALES_FLOW_WARNING_CODES, type DurationReason } from "./salesFlowTypes.js";
import { durationFiguresJsonSchema, type DurationFigures } from "../durations.js";

/** A count in a result. */

/** A list of ids in a result. */
export const IdsJsonSchema = z.array(z.string());

/** The request kinds of a result. */
export const KindsJsonSchema = z.array(z.enum(REQUEST_KINDS));

/** The fields every sales-flow result starts with. */
export const headShape = {
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  warnings: z.array(z.object({ code: z.enum(SALES_FLOW_WARNING_CODES), message: z.string() })),
};

/** Duration statistics with their one empty reason (the shared duration figures' schema). */
export function durationStatsJsonSchema<R extends DurationReason>(reason: R): z.ZodType<DurationFigures<R>> {
  return durationFiguresJsonSchema(reason);
}

/** The grouped form of a result schema. */
export function groupedJsonSchema<const Id extends string, T>(id: Id, result: z.ZodType<T>) {
  return z.object({
    indicator: z.literal(id),
    groupBy: z.enum(["seller", "team"]),
    groups: z.array(z.object({ key: z.string(), result })),
  });
}

export { seriesJsonSchema } from "../_seriesJson.js";

/** The result schema of a response-time indicator. */
export function responseTimeJsonSchema<const Id extends "tender-response-time" | "first-response-time">(id: Id) {
  return z.object({
    indicator: z.literal(id),
    unit: z.literal("duration"),
    durationUnit: z.enum(["hours", "days"]),
    dayCount: z.enum(["calendar", "business"]),
    kinds: KindsJsonSchema,
    ...headShape,
    received: CountJsonSchema,
    responded: durationStatsJsonSchema("no-responses"),
    open: durationStatsJsonSchema("none-open"),
    closedWithoutResponse: CountJsonSchema,
    explain: z
      .object({ respondedIds: IdsJsonSchema, openIds: IdsJsonSchema, closedWithoutResponseIds: IdsJsonSchema })
      .exactOptional(),
  });
}

export { CountJsonSchema };
