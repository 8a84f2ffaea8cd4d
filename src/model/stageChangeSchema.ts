import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions } from "./_fields.js";
import { idField, readText } from "./_textFields.js";
import { instantField } from "./_dateFields.js";
import { MAX_ID_LENGTH, type FieldSchema, type SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link DealStageChangeSchema}.
 *
 * @example
 * ```ts
 * Object.keys(DealStageChangeSchema.shape); //=> ["id", "dealId", "stage", "enteredAt"]
 * ```
 * @category Model
 */
export type DealStageChangeShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The deal that changed stage: required id. */
  dealId: FieldSchema<string>;
  /** The stage entered: required text, at most 256 characters. */
  stage: FieldSchema<string>;
  /** When the deal entered the stage: a required instant. */
  enteredAt: FieldSchema<Date>;
};

/**
 * The type of {@link DealStageChangeSchema} and of what {@link createDealStageChangeSchema} returns.
 *
 * @example
 * ```ts
 * const schema: DealStageChangeSchemaType = createDealStageChangeSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type DealStageChangeSchemaType = z.ZodObject<DealStageChangeShape>;

/**
 * What {@link DealStageChangeSchema} outputs (assignable to `DealStageChange`).
 *
 * @example
 * ```ts
 * const change: DealStageChange = DealStageChangeSchema.parse(row) satisfies DealStageChangeSchemaOutput;
 * ```
 * @category Model
 */
export type DealStageChangeSchemaOutput = z.output<DealStageChangeSchemaType>;

/**
 * A stage-change row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawDealStageChange = { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03T10:00:00Z" };
 * ```
 * @category Model
 */
export interface RawDealStageChange {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The deal that changed stage: required id. */
  readonly dealId: string;
  /** The stage entered (any non-empty text, matched against the caller's ordered stage list). */
  readonly stage: string;
  /** When the deal entered the stage: a required instant. */
  readonly enteredAt: string | Date;
}

/**
 * Builds the schema of a deal stage-change row (spec section 7: `dealId`, `stage`, `enteredAt`;
 * one row of a CRM's stage history).
 *
 * Fields: `id`, `dealId` (an id), `stage` (non-empty, at most 256 characters), `enteredAt` (an
 * instant, read like every instant of spec section 1). The row has no cross-field rule: whether
 * `dealId` names a known deal, and whether `enteredAt` falls in that deal's life, are questions
 * across records, which the indicators answer (a change of an unknown deal is not counted).
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the date format
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createDealStageChangeSchema({ timeZone: "Europe/Paris" }).parse({ id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03" });
 * //=> { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: 2026-02-02T23:00:00.000Z }
 * ```
 * @category Model
 */
export function createDealStageChangeSchema(options?: SchemaOptions): DealStageChangeSchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      dealId: idField(),
      stage: requiredField(readText(MAX_ID_LENGTH)),
      enteredAt: instantField(resolved),
    }),
  );
}

/**
 * The deal stage-change row schema (UTC), ready to use.
 *
 * @example
 * ```ts
 * DealStageChangeSchema.safeParse({ id: "h-1", dealId: "d-1", stage: "", enteredAt: "2026-02-03" }).error?.issues[0]?.message;
 * //=> "required: the value is missing, null or empty"
 * ```
 * @category Model
 */
export const DealStageChangeSchema: DealStageChangeSchemaType = createDealStageChangeSchema();
