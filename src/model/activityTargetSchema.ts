import * as z from "zod";
import type { Decimal } from "decimal.js";
import type { ActivityType, TargetLevel } from "./types.js";
import { requiredField, resolveSchemaOptions } from "./_fields.js";
import { readText } from "./_textFields.js";
import { readDecimal } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import { MAX_ID_LENGTH, type FieldSchema, type SchemaOptions, type TargetScopeShape } from "./schemaOptions.js";
import { targetScopeFields, withTargetScopeChecks } from "./_targetFields.js";

/**
 * The fields of {@link ActivityTargetSchema}.
 *
 * @example
 * ```ts
 * Object.keys(ActivityTargetSchema.shape); //=> ["id", "level", "scopeId", "start", "end", "type", "count"]
 * ```
 * @category Model
 */
export type ActivityTargetShape = TargetScopeShape & {
  /** The activity type: required text, at most 256 characters (known types or the caller's own). */
  type: FieldSchema<ActivityType>;
  /** Target count of done activities over the range: a required decimal at least 0. */
  count: FieldSchema<Decimal>;
};

/**
 * The type of {@link ActivityTargetSchema} and of what {@link createActivityTargetSchema} returns.
 *
 * @example
 * ```ts
 * const schema: ActivityTargetSchemaType = createActivityTargetSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type ActivityTargetSchemaType = z.ZodObject<ActivityTargetShape>;

/**
 * What {@link ActivityTargetSchema} outputs (assignable to `ActivityTarget`).
 *
 * @example
 * ```ts
 * const target: ActivityTarget = ActivityTargetSchema.parse(row) satisfies ActivityTargetSchemaOutput;
 * ```
 * @category Model
 */
export type ActivityTargetSchemaOutput = z.output<ActivityTargetSchemaType>;

/**
 * An activity target row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawActivityTarget = { id: "at-1", level: "seller", scopeId: "s-1", type: "call", start: "2026-01-01", end: "2026-02-01", count: "40" };
 * ```
 * @category Model
 */
export interface RawActivityTarget {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** `"seller"`, `"team"` or `"company"`. */
  readonly level: TargetLevel;
  /** The seller or team id; empty (or absent) for the company. */
  readonly scopeId?: string | null;
  /** The activity type counted (any non-empty text). */
  readonly type: string;
  /** First instant the range covers: a required instant. */
  readonly start: string | Date;
  /** Exclusive end. */
  readonly end: string | Date;
  /** Target count of done activities over the range, at least 0 (a decimal is allowed). */
  readonly count: string | number | Decimal;
}

/**
 * Builds the schema of an activity target row: `id`, `level`, `scopeId` (required for seller and
 * team, forbidden for company), `type` (any non-empty text, at most 256 characters), the
 * `[start, end)` range (`end` after `start`) and `count` (a decimal at least 0). Interpretation:
 * a fractional count is accepted, since targets are prorated anyway.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createActivityTargetSchema().parse({ id: "at-1", level: "team", scopeId: "north", type: "call", start: "2026-01-01", end: "2026-02-01", count: 400 });
 * //=> { id: "at-1", level: "team", scopeId: "north", type: "call", start: 2026-01-01T00:00:00.000Z, end: 2026-02-01T00:00:00.000Z, count: Decimal("400") }
 * ```
 * @category Model
 */
export function createActivityTargetSchema(options?: SchemaOptions): ActivityTargetSchemaType {
  const resolved = resolveSchemaOptions(options);
  return withTargetScopeChecks(
    z.object({
      ...targetScopeFields(() => instantField(resolved)),
      type: requiredField(readText(MAX_ID_LENGTH)),
      count: requiredField(readDecimal({ ...resolved, min: 0 })),
    }),
  );
}

/**
 * The activity target row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * ActivityTargetSchema.safeParse({ id: "at-1", level: "company", type: "call", start: "2026-01-01", end: "2026-02-01", count: "-1" }).error?.issues[0]?.message;
 * //=> "must be at least 0 (got -1)"
 * ```
 * @category Model
 */
export const ActivityTargetSchema: ActivityTargetSchemaType = createActivityTargetSchema();
