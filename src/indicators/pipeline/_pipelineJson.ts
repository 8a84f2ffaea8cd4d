/**
 * The zod schemas of the parts of the pipeline's results (amounts, buckets, forecast, warnings),
 * shared by the result schemas of {@link pipeline}, {@link pipelineGrouped} and {@link pipelineSeries}.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { DecimalJsonSchema, InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import { PIPELINE_WARNING_CODES, type PipelineWarningCode } from "./pipelineTypes.js";

/** Schema of a pipeline warning (`{ code, message }`) in a result. */
export const PipelineWarningJsonSchema = z.object({
  code: z.enum(PIPELINE_WARNING_CODES as readonly [PipelineWarningCode, ...PipelineWarningCode[]]),
  message: z.string(),
});

const ExplainJsonSchema = z.object({ dealIds: z.array(z.string()) });

const amountsShape = {
  dealCount: z.number().int().nonnegative(),
  unweighted: DecimalJsonSchema,
  weighted: DecimalJsonSchema,
  explain: ExplainJsonSchema.exactOptional(),
};

/** Schema of {@link PipelineAmounts} in a result. */
export const PipelineAmountsJsonSchema = z.object(amountsShape);

/** Schema of a {@link PipelineBucket} in a result. */
export const PipelineBucketJsonSchema = z.object({
  label: z.string(),
  start: InstantJsonSchema,
  end: InstantJsonSchema,
  ...amountsShape,
});

/** Schema of a {@link PipelineForecast} in a result. */
export const PipelineForecastJsonSchema = z.object({
  period: PeriodJsonSchema,
  window: PeriodJsonSchema.nullable(),
  realized: DecimalJsonSchema,
  orderCount: z.number().int().nonnegative(),
  dealCountInWindow: z.number().int().nonnegative(),
  unweightedInWindow: DecimalJsonSchema,
  weightedInWindow: DecimalJsonSchema,
  forecast: DecimalJsonSchema,
  target: DecimalJsonSchema,
  forecastAttainment: ratioJsonSchema(["no-target"]),
  remainingTarget: DecimalJsonSchema,
  coverage: ratioJsonSchema(["no-target", "no-remaining-target"]),
  explain: z
    .object({ orderIds: z.array(z.string()), dealIds: z.array(z.string()), targetIds: z.array(z.string()) })
    .exactOptional(),
});
