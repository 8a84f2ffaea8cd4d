import * as z from "zod";
import type { Decimal } from "decimal.js";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { currencyField, idField, optionalIdField, readEnum } from "./_textFields.js";
import { moneyField } from "./_decimalFields.js";
import { instantField, optionalInstantField } from "./_dateFields.js";
import { notBefore, requireNotBefore } from "./_instantOrder.js";
import type { OfferStatus } from "./salesFlowTypes.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The accepted offer statuses.
 *
 * @example
 * ```ts
 * OFFER_STATUSES; //=> ["pending", "accepted", "rejected", "expired", "withdrawn"]
 * ```
 * @category Model
 */
export const OFFER_STATUSES = [
  "pending",
  "accepted",
  "rejected",
  "expired",
  "withdrawn",
] as const satisfies readonly OfferStatus[];

/**
 * The decided offer statuses: every status but `pending`. A decided offer has a `decidedAt`; a
 * pending one has none.
 *
 * @example
 * ```ts
 * DECIDED_OFFER_STATUSES; //=> ["accepted", "rejected", "expired", "withdrawn"]
 * ```
 * @category Model
 */
export const DECIDED_OFFER_STATUSES = [
  "accepted",
  "rejected",
  "expired",
  "withdrawn",
] as const satisfies readonly OfferStatus[];

/**
 * The fields of {@link OfferSchema}.
 *
 * @example
 * ```ts
 * Object.keys(OfferSchema.shape); //=> ["id", "ownerId", "customerId", "issuedAt", "amount", "currency", "status", ...]
 * ```
 * @category Model
 */
export type OfferShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The seller who issued it: required id. */
  ownerId: FieldSchema<string>;
  /** The customer it was sent to: required id. */
  customerId: FieldSchema<string>;
  /** When it was issued: a required instant. */
  issuedAt: FieldSchema<Date>;
  /** Its amount: a required decimal (decimal string, finite number or Decimal), any sign. */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
  /** `pending`, `accepted`, `rejected`, `expired` or `withdrawn`: required. */
  status: FieldSchema<OfferStatus>;
  /** When it was decided: required for decided offers, forbidden for pending ones, not before issuedAt. */
  decidedAt: OptionalFieldSchema<Date>;
  /** The order it turned into: optional id, only on an accepted offer. */
  orderId: OptionalFieldSchema<string>;
  /** The deal it answers: optional id. */
  dealId: OptionalFieldSchema<string>;
};

/**
 * The type of {@link OfferSchema} and of what {@link createOfferSchema} returns.
 *
 * @example
 * ```ts
 * const schema: OfferSchemaType = createOfferSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type OfferSchemaType = z.ZodObject<OfferShape>;

/**
 * What {@link OfferSchema} outputs (assignable to `Offer`).
 *
 * @example
 * ```ts
 * const offer: Offer = OfferSchema.parse(row) satisfies OfferSchemaOutput;
 * ```
 * @category Model
 */
export type OfferSchemaOutput = z.output<OfferSchemaType>;

/**
 * An offer row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawOffer = {
 *   id: "q-1", ownerId: "s-1", customerId: "c-1", issuedAt: "2026-03-02T09:00:00Z", amount: "12000",
 *   currency: "EUR", status: "accepted", decidedAt: "2026-03-20", orderId: "o-7",
 * };
 * ```
 * @category Model
 */
export interface RawOffer {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The seller who issued it: required id. */
  readonly ownerId: string;
  /** The customer it was sent to: required id. */
  readonly customerId: string;
  /** When it was issued: a required instant. */
  readonly issuedAt: string | Date;
  /** Its amount: a decimal string, a number or a Decimal. */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case. */
  readonly currency: string;
  /** `"pending"`, `"accepted"`, `"rejected"`, `"expired"` or `"withdrawn"`. */
  readonly status: OfferStatus;
  /** Required for decided offers, forbidden for pending ones; not before `issuedAt`. */
  readonly decidedAt?: string | Date | null;
  /** The order it turned into; only on an accepted offer. */
  readonly orderId?: string | null;
  /** The deal it answers. */
  readonly dealId?: string | null;
}

/** The cross-field rules of an offer whose fields are valid, for the fast path. */
function offerConsistent(record: Readonly<Record<string, unknown>>): boolean {
  const pending = record["status"] === "pending";
  if (pending !== (record["decidedAt"] === undefined)) return false;
  if (record["orderId"] !== undefined && record["status"] !== "accepted") return false;
  return notBefore(record, "decidedAt", "issuedAt");
}

/**
 * Builds the schema of an offer row (devis, proposition).
 *
 * Fields: `id`, `ownerId`, `customerId`, `issuedAt`, `amount` (money, any sign), `currency`,
 * `status` (`"pending" | "accepted" | "rejected" | "expired" | "withdrawn"`), `decidedAt`, optional
 * `orderId` and `dealId`.
 *
 * Rules:
 * - a decided offer (any status but `pending`: {@link DECIDED_OFFER_STATUSES}) needs `decidedAt`;
 *   a pending one must not have one (issue on `decidedAt`);
 * - `decidedAt >= issuedAt` (issue on `decidedAt`);
 * - `orderId` only on an accepted offer (issue on `orderId`): an offer turns into an order by
 *   being accepted.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createOfferSchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "q-1", ownerId: "s-1", customerId: "c-1", issuedAt: "2026-03-02", amount: "12000", currency: "EUR",
 *   status: "accepted", decidedAt: "2026-03-20", orderId: "o-7",
 * });
 * //=> { id: "q-1", ownerId: "s-1", customerId: "c-1", issuedAt: 2026-03-01T23:00:00.000Z, amount: Decimal("12000"),
 * //     currency: "EUR", status: "accepted", decidedAt: 2026-03-19T23:00:00.000Z, orderId: "o-7" }
 * ```
 * @category Model
 */
export function createOfferSchema(options?: SchemaOptions): OfferSchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      ownerId: idField(),
      customerId: idField(),
      issuedAt: instantField(resolved),
      amount: moneyField(resolved),
      currency: currencyField(),
      status: requiredField(readEnum(OFFER_STATUSES)),
      decidedAt: optionalInstantField(resolved),
      orderId: optionalIdField(),
      dealId: optionalIdField(),
    })
    .superRefine(
      (value, ctx) => {
        if (value.status === "pending" && value.decidedAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["decidedAt"],
            message: "a pending offer has no decidedAt (leave it empty, or set the status it was decided with)",
          });
        } else if (value.status !== "pending" && value.decidedAt === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["decidedAt"],
            message: `required: an offer with status ${value.status} needs decidedAt`,
          });
        }
      },
      { when: whenFieldsValid(["status", "decidedAt"]) },
    )
    .superRefine(
      (value, ctx) => {
        requireNotBefore(ctx, value, "decidedAt", "issuedAt");
      },
      { when: whenFieldsValid(["issuedAt", "decidedAt"]) },
    )
    .superRefine(
      (value, ctx) => {
        if (value.orderId !== undefined && value.status !== "accepted") {
          ctx.addIssue({
            code: "custom",
            path: ["orderId"],
            message: `an offer with status ${value.status} has no orderId (only an accepted offer turns into an order)`,
          });
        }
      },
      { when: whenFieldsValid(["status", "orderId"]) },
    );
  return registerFastPlan(schema, offerConsistent);
}

/**
 * The offer row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * OfferSchema.safeParse({ id: "q-1", ownerId: "s-1", customerId: "c-1", issuedAt: "2026-03-02", amount: 100,
 *   currency: "EUR", status: "rejected" }).error?.issues[0];
 * //=> { code: "custom", path: ["decidedAt"], message: "required: an offer with status rejected needs decidedAt", ... }
 * ```
 * @category Model
 */
export const OfferSchema: OfferSchemaType = createOfferSchema();
