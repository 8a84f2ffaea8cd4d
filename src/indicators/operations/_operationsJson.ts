/**
 * The JSON shapes shared by the operational results' zod schemas.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { InstantJsonSchema, PeriodJsonSchema, ScopeJsonSchema } from "../../model/resultJson.js";
import { GRAINS } from "../../period/types.js";
import { OPERATIONS_WARNING_CODES } from "./operationsTypes.js";

/** The zod shape of {@link OperationsHeadFields} and of a bucket's bounds, for the results' JSON schemas. */
export const operationsHeadShape = {
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  warnings: z.array(z.object({ code: z.enum(OPERATIONS_WARNING_CODES), message: z.string() })),
};

/** The zod shape of a bucket's bounds. */
export const bucketBoundsShape = { label: z.string(), start: InstantJsonSchema, end: InstantJsonSchema };

/** The zod shape of an explanation listing record ids per bucket under `field`. */
export function explainSchema<F extends string>(
  field: F,
): z.ZodType<{ readonly buckets: readonly ({ readonly label: string } & Record<F, readonly string[]>)[] }> {
  return z.object({
    buckets: z.array(z.object({ label: z.string(), [field]: z.array(z.string()) })),
  }) as unknown as z.ZodType<{
    readonly buckets: readonly ({ readonly label: string } & Record<F, readonly string[]>)[];
  }>;
}
