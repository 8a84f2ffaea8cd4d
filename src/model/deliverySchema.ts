import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { optionalField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { idField, readText } from "./_textFields.js";
import { instantField, optionalInstantField } from "./_dateFields.js";
import { readBoolean } from "./_booleanFields.js";
import { deliveryConsistent } from "./_serviceRules.js";
import { MAX_TEXT_LENGTH, type FieldSchema, type OptionalFieldSchema, type SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link DeliverySchema}.
 *
 * @example
 * ```ts
 * Object.keys(DeliverySchema.shape); //=> ["id", "orderId", "customerId", "promisedAt", "requestedAt", "deliveredAt", ...]
 * ```
 * @category Model
 */
export type DeliveryShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The order delivered: required id. */
  orderId: FieldSchema<string>;
  /** The customer delivered: required id. */
  customerId: FieldSchema<string>;
  /** When the delivery was promised: a required instant. */
  promisedAt: FieldSchema<Date>;
  /** When the customer asked for it; optional instant, not after `deliveredAt`. */
  requestedAt: OptionalFieldSchema<Date>;
  /** When it was delivered; optional instant (absent: not delivered yet). */
  deliveredAt: OptionalFieldSchema<Date>;
  /** Whether it matches the demand; optional boolean, only on a delivered delivery. */
  conforming: OptionalFieldSchema<boolean>;
  /** Why it does not conform; optional text, only with `conforming: false`. */
  nonConformityReason: OptionalFieldSchema<string>;
};

/**
 * The type of {@link DeliverySchema} and of what {@link createDeliverySchema} returns.
 *
 * @example
 * ```ts
 * const schema: DeliverySchemaType = createDeliverySchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type DeliverySchemaType = z.ZodObject<DeliveryShape>;

/**
 * What {@link DeliverySchema} outputs (assignable to `Delivery`).
 *
 * @example
 * ```ts
 * const delivery: Delivery = DeliverySchema.parse(row) satisfies DeliverySchemaOutput;
 * ```
 * @category Model
 */
export type DeliverySchemaOutput = z.output<DeliverySchemaType>;

/**
 * A delivery row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawDelivery = { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10",
 *   deliveredAt: "2026-03-12T15:00", conforming: "false", nonConformityReason: "wrong-quantity" };
 * ```
 * @category Model
 */
export interface RawDelivery {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The order delivered: required id. */
  readonly orderId: string;
  /** The customer delivered: required id. */
  readonly customerId: string;
  /** When the delivery was promised: a required instant. */
  readonly promisedAt: string | Date;
  /** When the customer asked for it; not after `deliveredAt`. */
  readonly requestedAt?: string | Date | null;
  /** When it was delivered; absent while undelivered. */
  readonly deliveredAt?: string | Date | null;
  /** `true`, `false`, `"true"` or `"false"`; only on a delivered delivery. */
  readonly conforming?: boolean | "true" | "false" | null;
  /** Why it does not conform; only with `conforming` false. */
  readonly nonConformityReason?: string | null;
}

interface ParsedDeliveryFields {
  readonly requestedAt?: Date | undefined;
  readonly deliveredAt?: Date | undefined;
  readonly conforming?: boolean | undefined;
  readonly nonConformityReason?: string | undefined;
}

/**
 * Builds the schema of a delivery row (the delivery of an order to its customer).
 *
 * Fields: `id`, `orderId`, `customerId`, `promisedAt`, optional `requestedAt`, `deliveredAt`,
 * `conforming` (a boolean, or the texts `"true"` / `"false"`) and `nonConformityReason` (text).
 *
 * Rules (each an issue on the field named):
 * - `deliveredAt` is not before `requestedAt` (issue on `deliveredAt`). Interpretation:
 *   `requestedAt` is when the customer asked for the delivery (the demand), so nothing is delivered
 *   before it; the date the customer was promised is `promisedAt`, which may be before or after the
 *   delivery (early or late).
 * - `conforming` only on a delivered delivery (issue on `conforming`): a verdict needs something
 *   delivered. Interpretation: a delivered delivery without `conforming` is "not assessed", not
 *   conforming by default; the non-conformity indicator reports such deliveries apart.
 * - `nonConformityReason` only with `conforming: false` (issue on `nonConformityReason`); a
 *   non-conforming delivery may leave it empty.
 * - A delivery on or after its order's `date`: the order is another record, so no row schema can
 *   check it. The delivery lead-time indicator (`deliveryLeadTime`) reads both and reports the
 *   deliveries dated before their order under the warning `delivered-before-order` (counted, with
 *   their ids, and kept out of its mean and median), never silently.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createDeliverySchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10", deliveredAt: "2026-03-12T15:00",
 *   conforming: "false", nonConformityReason: "wrong-quantity",
 * });
 * //=> { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: 2026-03-09T23:00:00.000Z,
 * //     deliveredAt: 2026-03-12T14:00:00.000Z, conforming: false, nonConformityReason: "wrong-quantity" }
 * ```
 * @category Model
 */
export function createDeliverySchema(options?: SchemaOptions): DeliverySchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      orderId: idField(),
      customerId: idField(),
      promisedAt: instantField(resolved),
      requestedAt: optionalInstantField(resolved),
      deliveredAt: optionalInstantField(resolved),
      conforming: optionalField(readBoolean()),
      nonConformityReason: optionalField(readText(MAX_TEXT_LENGTH)),
    })
    .superRefine(
      (value, ctx) => {
        const { requestedAt, deliveredAt } = value as ParsedDeliveryFields;
        if (requestedAt !== undefined && deliveredAt !== undefined && deliveredAt < requestedAt) {
          ctx.addIssue({
            code: "custom",
            path: ["deliveredAt"],
            message: `deliveredAt (${deliveredAt.toISOString()}) is before requestedAt (${requestedAt.toISOString()})`,
          });
        }
      },
      { when: whenFieldsValid(["requestedAt", "deliveredAt"]) },
    )
    .superRefine(
      (value, ctx) => {
        const { deliveredAt, conforming } = value as ParsedDeliveryFields;
        if (conforming !== undefined && deliveredAt === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["conforming"],
            message: "a conformity verdict needs deliveredAt (an undelivered delivery is not assessed)",
          });
        }
      },
      { when: whenFieldsValid(["deliveredAt", "conforming"]) },
    )
    .superRefine(
      (value, ctx) => {
        const { conforming, nonConformityReason } = value as ParsedDeliveryFields;
        if (nonConformityReason !== undefined && conforming !== false) {
          ctx.addIssue({
            code: "custom",
            path: ["nonConformityReason"],
            message: "a non-conformity reason needs conforming: false",
          });
        }
      },
      { when: whenFieldsValid(["conforming", "nonConformityReason"]) },
    );
  return registerFastPlan(schema, (record) => {
    const delivery = record as ParsedDeliveryFields;
    return deliveryConsistent(
      delivery.requestedAt?.getTime(),
      delivery.deliveredAt?.getTime(),
      delivery.conforming,
      delivery.nonConformityReason !== undefined,
    );
  });
}

/**
 * The delivery row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * DeliverySchema.safeParse({ id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10", conforming: true })
 *   .error?.issues[0]?.message;
 * //=> "a conformity verdict needs deliveredAt (an undelivered delivery is not assessed)"
 * ```
 * @category Model
 */
export const DeliverySchema: DeliverySchemaType = createDeliverySchema();
