import * as z from "zod";
import type { Decimal } from "decimal.js";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { idField } from "./_textFields.js";
import { readDecimal } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import { surveyConsistent } from "./_serviceRules.js";
import type { FieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link SurveyResponseSchema}.
 *
 * @example
 * ```ts
 * Object.keys(SurveyResponseSchema.shape); //=> ["id", "customerId", "date", "score", "scaleMin", "scaleMax"]
 * ```
 * @category Model
 */
export type SurveyResponseShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The customer who answered: required id. */
  customerId: FieldSchema<string>;
  /** When the customer answered: a required instant. */
  date: FieldSchema<Date>;
  /** The score: a required decimal within `[scaleMin, scaleMax]`. */
  score: FieldSchema<Decimal>;
  /** The scale's lowest score: a required decimal. */
  scaleMin: FieldSchema<Decimal>;
  /** The scale's highest score: a required decimal above `scaleMin`. */
  scaleMax: FieldSchema<Decimal>;
};

/**
 * The type of {@link SurveyResponseSchema} and of what {@link createSurveyResponseSchema} returns.
 *
 * @example
 * ```ts
 * const schema: SurveyResponseSchemaType = createSurveyResponseSchema({ decimalComma: true });
 * ```
 * @category Model
 */
export type SurveyResponseSchemaType = z.ZodObject<SurveyResponseShape>;

/**
 * What {@link SurveyResponseSchema} outputs (assignable to `SurveyResponse`).
 *
 * @example
 * ```ts
 * const response: SurveyResponse = SurveyResponseSchema.parse(row) satisfies SurveyResponseSchemaOutput;
 * ```
 * @category Model
 */
export type SurveyResponseSchemaOutput = z.output<SurveyResponseSchemaType>;

/**
 * A survey response row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawSurveyResponse = { id: "q-1", customerId: "c-1", date: "2026-03-02", score: "9", scaleMin: "0", scaleMax: "10" };
 * ```
 * @category Model
 */
export interface RawSurveyResponse {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The customer who answered: required id. */
  readonly customerId: string;
  /** When the customer answered: a required instant. */
  readonly date: string | Date;
  /** The score: a decimal string, a finite number or a Decimal, within the scale. */
  readonly score: string | number | Decimal;
  /** The scale's lowest score. */
  readonly scaleMin: string | number | Decimal;
  /** The scale's highest score, above `scaleMin`. */
  readonly scaleMax: string | number | Decimal;
}

interface ParsedScores {
  readonly score: Decimal;
  readonly scaleMin: Decimal;
  readonly scaleMax: Decimal;
}

/**
 * Builds the schema of a survey response row (a customer's satisfaction score).
 *
 * Fields: `id`, `customerId`, `date`, `score`, `scaleMin`, `scaleMax` (decimals with the forms of
 * amounts, any sign: a -5 to 5 scale is fine).
 *
 * Rules (each an issue on the field named):
 * - `scaleMin < scaleMax` (issue on `scaleMax`): a scale of one point measures nothing.
 * - `scaleMin <= score <= scaleMax` (issue on `score`), checked once the scale is proper.
 * Interpretation: a score between two whole points (8.5 on 0-10) is accepted as given; each
 * response carries its own scale, so a survey may change scales over time.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createSurveyResponseSchema({ decimalComma: true }).parse({ id: "q-1", customerId: "c-1", date: "2026-03-02", score: "4,5", scaleMin: 1, scaleMax: 5 });
 * //=> { id: "q-1", customerId: "c-1", date: 2026-03-02T00:00:00.000Z, score: Decimal("4.5"), scaleMin: Decimal("1"), scaleMax: Decimal("5") }
 * ```
 * @category Model
 */
export function createSurveyResponseSchema(options?: SchemaOptions): SurveyResponseSchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      customerId: idField(),
      date: instantField(resolved),
      score: requiredField(readDecimal(resolved)),
      scaleMin: requiredField(readDecimal(resolved)),
      scaleMax: requiredField(readDecimal(resolved)),
    })
    .superRefine(
      (value, ctx) => {
        const { score, scaleMin, scaleMax } = value as ParsedScores;
        if (!scaleMin.lessThan(scaleMax)) {
          ctx.addIssue({
            code: "custom",
            path: ["scaleMax"],
            message: `scaleMax (${scaleMax.toString()}) must be above scaleMin (${scaleMin.toString()})`,
          });
        } else if (score.lessThan(scaleMin) || score.greaterThan(scaleMax)) {
          ctx.addIssue({
            code: "custom",
            path: ["score"],
            message: `score ${score.toString()} is outside its scale [${scaleMin.toString()}, ${scaleMax.toString()}]`,
          });
        }
      },
      { when: whenFieldsValid(["score", "scaleMin", "scaleMax"]) },
    );
  return registerFastPlan(schema, (record) => {
    const { score, scaleMin, scaleMax } = record as unknown as ParsedScores;
    return surveyConsistent(score, scaleMin, scaleMax);
  });
}

/**
 * The survey response row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * SurveyResponseSchema.safeParse({ id: "q-1", customerId: "c-1", date: "2026-03-02", score: 11, scaleMin: 0, scaleMax: 10 })
 *   .error?.issues[0]?.message;
 * //=> "score 11 is outside its scale [0, 10]"
 * ```
 * @category Model
 */
export const SurveyResponseSchema: SurveyResponseSchemaType = createSurveyResponseSchema();
