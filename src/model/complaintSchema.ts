import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions } from "./_fields.js";
import { idField, optionalIdField, readEnum } from "./_textFields.js";
import { instantField } from "./_dateFields.js";
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "./serviceTypes.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link ComplaintSchema}.
 *
 * @example
 * ```ts
 * Object.keys(ComplaintSchema.shape); //=> ["id", "customerId", "receivedAt", "category", "ownerId"]
 * ```
 * @category Model
 */
export type ComplaintShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The customer who complained: required id. */
  customerId: FieldSchema<string>;
  /** When it was received: a required instant. */
  receivedAt: FieldSchema<Date>;
  /** `commercial`, `product`, `delivery`, `billing` or `other`: required. */
  category: FieldSchema<ComplaintCategory>;
  /** The seller it is attributed to; optional id. */
  ownerId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link ComplaintSchema} and of what {@link createComplaintSchema} returns.
 *
 * @example
 * ```ts
 * const schema: ComplaintSchemaType = createComplaintSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type ComplaintSchemaType = z.ZodObject<ComplaintShape>;

/**
 * What {@link ComplaintSchema} outputs (assignable to `Complaint`).
 *
 * @example
 * ```ts
 * const complaint: Complaint = ComplaintSchema.parse(row) satisfies ComplaintSchemaOutput;
 * ```
 * @category Model
 */
export type ComplaintSchemaOutput = z.output<ComplaintSchemaType>;

/**
 * A complaint row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawComplaint = { id: "r-1", customerId: "c-1", receivedAt: "2026-03-02T10:00", category: "commercial", ownerId: "s-1" };
 * ```
 * @category Model
 */
export interface RawComplaint {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The customer who complained: required id. */
  readonly customerId: string;
  /** When it was received: a required instant. */
  readonly receivedAt: string | Date;
  /** `"commercial"`, `"product"`, `"delivery"`, `"billing"` or `"other"`. */
  readonly category: ComplaintCategory;
  /** The seller it is attributed to; optional id. */
  readonly ownerId?: string | null;
}

/**
 * Builds the schema of a complaint row (réclamation).
 *
 * Fields: `id`, `customerId`, `receivedAt`, `category` (one of {@link COMPLAINT_CATEGORIES},
 * exactly), optional `ownerId` (the seller it is attributed to). No cross-field rule.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createComplaintSchema({ timeZone: "Europe/Paris" }).parse({ id: "r-1", customerId: "c-1", receivedAt: "2026-03-02T10:00", category: "commercial" });
 * //=> { id: "r-1", customerId: "c-1", receivedAt: 2026-03-02T09:00:00.000Z, category: "commercial" }
 * ```
 * @category Model
 */
export function createComplaintSchema(options?: SchemaOptions): ComplaintSchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      customerId: idField(),
      receivedAt: instantField(resolved),
      category: requiredField(readEnum(COMPLAINT_CATEGORIES)),
      ownerId: optionalIdField(),
    }),
  );
}

/**
 * The complaint row schema (UTC), ready to use.
 *
 * @example
 * ```ts
 * ComplaintSchema.safeParse({ id: "r-1", customerId: "c-1", receivedAt: "2026-03-02", category: "Commercial" }).error?.issues[0]?.message;
 * //=> 'expected one of "commercial", "product", "delivery", "billing", "other", got "Commercial"'
 * ```
 * @category Model
 */
export const ComplaintSchema: ComplaintSchemaType = createComplaintSchema();
