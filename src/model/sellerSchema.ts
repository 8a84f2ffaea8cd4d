import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { optionalField, resolveSchemaOptions } from "./_fields.js";
import { idField, optionalIdField, readText } from "./_textFields.js";
import { MAX_TEXT_LENGTH, type FieldSchema, type OptionalFieldSchema, type SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link SellerSchema}.
 *
 * @example
 * ```ts
 * Object.keys(SellerSchema.shape); //=> ["id", "name", "teamId"]
 * ```
 * @category Model
 */
export type SellerShape = {
  /** Required id. */
  id: FieldSchema<string>;
  /** Optional display name (a roster row may hold an id alone). */
  name: OptionalFieldSchema<string>;
  /** Optional team id. */
  teamId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link SellerSchema} and of what {@link createSellerSchema} returns.
 *
 * @example
 * ```ts
 * const schema: SellerSchemaType = createSellerSchema();
 * ```
 * @category Model
 */
export type SellerSchemaType = z.ZodObject<SellerShape>;

/**
 * What {@link SellerSchema} outputs (assignable to `Seller`).
 *
 * @example
 * ```ts
 * const seller: Seller = SellerSchema.parse({ id: "s-1", name: "A" }) satisfies SellerSchemaOutput;
 * ```
 * @category Model
 */
export type SellerSchemaOutput = z.output<SellerSchemaType>;

/**
 * A seller row in its raw form (JSON or CSV cells). `null` and `""` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawSeller = { id: "s-1", name: "Alice Martin", teamId: "north" };
 * ```
 * @category Model
 */
export interface RawSeller {
  /** Non-empty id, at most 256 characters. */
  readonly id: string;
  /** Display name, at most 1000 characters; absent, `""` or `null` for none (display falls back to the id). */
  readonly name?: string | null;
  /** Team id; `""` or `null` for none. */
  readonly teamId?: string | null;
}

/**
 * Builds the schema of a seller row (`id`, optional `name` and `teamId`: an id alone is a valid
 * row, spec section 1). Sellers have no dates nor amounts; the options are accepted (and checked)
 * so every factory has the same signature.
 *
 * @param options - {@link SchemaOptions}
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for malformed options
 * @example
 * ```ts
 * createSellerSchema().parse({ id: "s-1", name: "Alice", teamId: "" });
 * //=> { id: "s-1", name: "Alice", teamId: undefined }
 * ```
 * @category Model
 */
export function createSellerSchema(options?: SchemaOptions): SellerSchemaType {
  resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      name: optionalField(readText(MAX_TEXT_LENGTH)),
      teamId: optionalIdField(),
    }),
  );
}

/**
 * The seller row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * SellerSchema.parse({ id: "s-1", name: "Alice" }); //=> { id: "s-1", name: "Alice" }
 * SellerSchema.parse({ id: "s-2" }); //=> { id: "s-2" } (an id alone is a roster row)
 * SellerSchema.safeParse({ id: "", name: "Alice" }).success; //=> false (id: "required: ...")
 * ```
 * @category Model
 */
export const SellerSchema: SellerSchemaType = createSellerSchema();
