import * as z from "zod";
import { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { Figure, Ratio, Thresholds } from "./figures.js";
import type { Scope } from "./types.js";
import type { Bucket, Period } from "../period/types.js";
import { jsonSchemaNames } from "./_jsonForms.js";

/**
 * Schema of a count in a result: a non-negative integer.
 * @category Model
 */
export const CountJsonSchema = z.number().int().nonnegative();

/**
 * Schema of a decimal in a result: a `Decimal`, or the string `JSON.stringify` writes for it
 * (`"1234.5"`, exponent form included), read back as a `Decimal`.
 * @category Model
 */
export const DecimalJsonSchema: z.ZodType<Decimal, Decimal | string> = z.union([
  z.custom<Decimal>((value) => Decimal.isDecimal(value) && value.isFinite(), "expected a finite Decimal"),
  z
    .string()
    .max(200)
    .regex(/^-?\d+(?:\.\d+)?(?:e[+-]\d+)?$/, "expected a decimal string")
    .transform((text) => new Dec(text)),
]);

/**
 * Schema of an instant in a result: a `Date`, or the UTC ISO string (`...Z`) `JSON.stringify` writes
 * for it, including the six-digit signed years it writes outside 0000-9999 (`"-271821-04-20T00:00:00.000Z"`).
 * @category Model
 */
export const InstantJsonSchema: z.ZodType<Date, Date | string> = z.union([
  z.date(),
  z.iso.datetime().transform((text) => new Date(text)),
  z
    .string()
    .regex(/^[+-]\d{6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "expected an ISO date-time")
    .transform((text) => new Date(text))
    .pipe(z.date()),
]);

/** Schema of a `[start, end)` period in a result, with its label and zone when it has them. @category Model */
export const PeriodJsonSchema: z.ZodType<Period> = z.object({
  start: InstantJsonSchema,
  end: InstantJsonSchema,
  label: z.string().exactOptional(),
  timeZone: z.string().exactOptional(),
});

/** Schema of a labelled bucket in a result, with its zone when it has one. @category Model */
export const BucketJsonSchema: z.ZodType<Bucket> = z.object({
  label: z.string(),
  start: InstantJsonSchema,
  end: InstantJsonSchema,
  timeZone: z.string().exactOptional(),
});

/** Schema of status thresholds in a result. @category Model */
export const ThresholdsJsonSchema: z.ZodType<Thresholds> = z.object({
  good: DecimalJsonSchema,
  watch: DecimalJsonSchema,
});

/**
 * Schema of a {@link Figure}: a value, or `null` with one of `reasons`.
 *
 * @param reasons - the reasons the figure can be empty for
 * @returns a zod schema for the figure
 * @example
 * ```ts
 * figureJsonSchema(["no-target"]).parse({ value: null, reason: "no-target" });
 * //=> { value: null, reason: "no-target" }
 * ```
 * @category Model
 */
export function figureJsonSchema<const R extends readonly [string, ...string[]]>(
  reasons: R,
): z.ZodType<Figure<R[number]>> {
  return z.union([
    z.object({ value: DecimalJsonSchema, reason: z.null() }),
    z.object({ value: z.null(), reason: z.enum(reasons) }),
  ]);
}

/**
 * Schema of a {@link Ratio}: a figure with its numerator and denominator.
 *
 * @param reasons - the reasons the ratio can be empty for
 * @returns a zod schema for the ratio
 * @example
 * ```ts
 * ratioJsonSchema(["no-target"]).parse({ value: "0.5", reason: null, numerator: "1", denominator: "2" }).value?.toString();
 * //=> "0.5"
 * ```
 * @category Model
 */
export function ratioJsonSchema<const R extends readonly [string, ...string[]]>(
  reasons: R,
): z.ZodType<Ratio<R[number]>> {
  const parts = { numerator: DecimalJsonSchema, denominator: DecimalJsonSchema };
  return z.union([
    z.object({ value: DecimalJsonSchema, reason: z.null(), ...parts }),
    z.object({ value: z.null(), reason: z.enum(reasons), ...parts }),
  ]);
}

/**
 * Reads a result back from its JSON text (or from the parsed value) with the indicator's result
 * schema, turning decimal strings back into `Decimal` and ISO strings into `Date`.
 *
 * @param schema - the indicator's result schema (e.g. `RevenueVsTargetResultSchema`)
 * @param json - the JSON text, or the value `JSON.parse` gave
 * @returns the typed result
 * @throws {@link InvalidArgumentError} when the JSON does not match the schema
 * @example
 * ```ts
 * const { deals, range } = generateSampleDataset();
 * const result = lostDeals(deals, { range });
 * const back = resultFromJSON(LostDealsResultSchema, JSON.stringify(result));
 * back.totals.lostAmount.equals(result.totals.lostAmount); //=> true
 * JSON.stringify(back) === JSON.stringify(result); //=> true
 * ```
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the signature names the usual input, a JSON string, beside a parsed value
export function resultFromJSON<T>(schema: z.ZodType<T>, json: string | unknown): T {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      throw new InvalidArgumentError("the text is not valid JSON");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(
      `the JSON is not a result of this shape: ${issue === undefined ? "" : `${issue.path.join(".")}: ${issue.message}`}`,
    );
  }
  return parsed.data;
}

/** Schema of a {@link Scope} in a result. @category Model */
export const ScopeJsonSchema: z.ZodType<Scope> = z.discriminatedUnion("level", [
  z.object({ level: z.literal("company") }),
  z.object({ level: z.literal("team"), teamId: z.string() }),
  z.object({ level: z.literal("seller"), sellerId: z.string() }),
]);

/** Schema of a result's currency: an ISO 4217 code, or `null` when nothing was summed. @category Model */
export const CurrencyJsonSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "expected an ISO 4217 code")
  .nullable();

// Their names in the JSON Schemas of results (`toJsonSchema`): `#/$defs/Decimal`...
jsonSchemaNames.add(CountJsonSchema, { id: "Count" });
jsonSchemaNames.add(DecimalJsonSchema, { id: "Decimal" });
jsonSchemaNames.add(InstantJsonSchema, { id: "Instant" });
jsonSchemaNames.add(PeriodJsonSchema, { id: "Period" });
jsonSchemaNames.add(BucketJsonSchema, { id: "Bucket" });
jsonSchemaNames.add(ThresholdsJsonSchema, { id: "Thresholds" });
jsonSchemaNames.add(ScopeJsonSchema, { id: "Scope" });
jsonSchemaNames.add(CurrencyJsonSchema, { id: "Currency" });
