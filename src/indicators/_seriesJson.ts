/**
 * The result schema of a series form around the schema of its single form.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { InstantJsonSchema, PeriodJsonSchema } from "../model/resultJson.js";
import { GRAINS } from "../period/types.js";

/** The series form of a result schema: its buckets (each with its label) and the range's total. */
export function seriesJsonSchema<const Id extends string, T>(id: Id, result: z.ZodType<T>) {
  return z.object({
    indicator: z.literal(id),
    grain: z.enum(GRAINS),
    range: PeriodJsonSchema,
    asOf: InstantJsonSchema.nullable(),
    buckets: z.array(z.intersection(result, z.object({ label: z.string() }))),
    total: result,
  });
}
