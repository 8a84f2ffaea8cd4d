import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { idField, optionalIdField } from "./_textFields.js";
import { instantField, optionalInstantField } from "./_dateFields.js";
import { notBefore, requireNotBefore } from "./_instantOrder.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link ProspectSchema}.
 *
 * @example
 * ```ts
 * Object.keys(ProspectSchema.shape); //=> ["id", "ownerId", "createdAt", "qualifiedAt", "convertedAt", "lostAt", "customerId"]
 * ```
 * @category Model
 */
export type ProspectShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The seller who owns it: required id. */
  ownerId: FieldSchema<string>;
  /** When it entered the CRM: a required instant. */
  createdAt: FieldSchema<Date>;
  /** When it was qualified: optional, not before createdAt. */
  qualifiedAt: OptionalFieldSchema<Date>;
  /** When it became a customer: optional, not before createdAt, never with lostAt. */
  convertedAt: OptionalFieldSchema<Date>;
  /** When it was given up: optional, not before createdAt, never with convertedAt. */
  lostAt: OptionalFieldSchema<Date>;
  /** The customer id it became: optional id. */
  customerId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link ProspectSchema} and of what {@link createProspectSchema} returns.
 *
 * @example
 * ```ts
 * const schema: ProspectSchemaType = createProspectSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type ProspectSchemaType = z.ZodObject<ProspectShape>;

/**
 * What {@link ProspectSchema} outputs (assignable to `Prospect`).
 *
 * @example
 * ```ts
 * const prospect: Prospect = ProspectSchema.parse(row) satisfies ProspectSchemaOutput;
 * ```
 * @category Model
 */
export type ProspectSchemaOutput = z.output<ProspectSchemaType>;

/**
 * A prospect row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawProspect = { id: "p-1", ownerId: "s-1", createdAt: "2026-02-03", qualifiedAt: "2026-02-10", convertedAt: "" };
 * ```
 * @category Model
 */
export interface RawProspect {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The seller who owns it: required id. */
  readonly ownerId: string;
  /** When it entered the CRM: a required instant. */
  readonly createdAt: string | Date;
  /** When it was qualified; not before `createdAt`. */
  readonly qualifiedAt?: string | Date | null;
  /** When it became a customer; not before `createdAt`, never with `lostAt`. */
  readonly convertedAt?: string | Date | null;
  /** When it was given up; not before `createdAt`, never with `convertedAt`. */
  readonly lostAt?: string | Date | null;
  /** The customer id it became. */
  readonly customerId?: string | null;
}

const LATER_FIELDS = ["qualifiedAt", "convertedAt", "lostAt"] as const;

/** The cross-field rules of a prospect whose fields are valid, for the fast path. */
function prospectConsistent(record: Readonly<Record<string, unknown>>): boolean {
  if (record["convertedAt"] !== undefined && record["lostAt"] !== undefined) return false;
  return LATER_FIELDS.every((field) => notBefore(record, field, "createdAt"));
}

/**
 * Builds the schema of a prospect row.
 *
 * Fields: `id`, `ownerId`, `createdAt`, optional `qualifiedAt`, `convertedAt` (became a customer),
 * `lostAt` (given up), `customerId`.
 *
 * Rules:
 * - a prospect is converted or lost, not both: `convertedAt` and `lostAt` are never both present
 *   (issue on `lostAt`);
 * - `qualifiedAt`, `convertedAt` and `lostAt` are not before `createdAt` (issue on the later field).
 *
 * Interpretation: `qualifiedAt` may come after `convertedAt` or `lostAt` (a CRM may qualify a
 * prospect when it records the outcome); only the order against `createdAt` is checked.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createProspectSchema({ timeZone: "Europe/Paris" }).parse({ id: "p-1", ownerId: "s-1", createdAt: "2026-02-03", convertedAt: "2026-03-01T10:00:00Z" });
 * //=> { id: "p-1", ownerId: "s-1", createdAt: 2026-02-02T23:00:00.000Z, convertedAt: 2026-03-01T10:00:00.000Z }
 * ```
 * @category Model
 */
export function createProspectSchema(options?: SchemaOptions): ProspectSchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      ownerId: idField(),
      createdAt: instantField(resolved),
      qualifiedAt: optionalInstantField(resolved),
      convertedAt: optionalInstantField(resolved),
      lostAt: optionalInstantField(resolved),
      customerId: optionalIdField(),
    })
    .superRefine(
      (value, ctx) => {
        if (value.convertedAt !== undefined && value.lostAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["lostAt"],
            message: "a prospect is converted or lost, not both: convertedAt and lostAt are both set",
          });
        }
      },
      { when: whenFieldsValid(["convertedAt", "lostAt"]) },
    );
  // One refinement per field, each run when its two instants are valid (superRefine returns a new schema).
  const checked = LATER_FIELDS.reduce(
    (refined, field) =>
      refined.superRefine(
        (value, ctx) => {
          requireNotBefore(ctx, value, field, "createdAt");
        },
        { when: whenFieldsValid(["createdAt", field]) },
      ),
    schema,
  );
  return registerFastPlan(checked, prospectConsistent);
}

/**
 * The prospect row schema (UTC), ready to use.
 *
 * @example
 * ```ts
 * ProspectSchema.safeParse({ id: "p-1", ownerId: "s-1", createdAt: "2026-02-03", lostAt: "2026-01-20" }).error?.issues[0];
 * //=> { code: "custom", path: ["lostAt"], message: "lostAt (2026-01-20T00:00:00.000Z) is before createdAt (2026-02-03T00:00:00.000Z)", ... }
 * ```
 * @category Model
 */
export const ProspectSchema: ProspectSchemaType = createProspectSchema();
