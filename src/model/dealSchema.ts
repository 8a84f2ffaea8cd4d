import * as z from "zod";
import { dealDatesConsistent } from "./_dealDates.js";
import { registerFastPlan } from "./_fastRows.js";
import type { Decimal } from "decimal.js";
import type { DealStatus } from "./types.js";
import { optionalField, requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { currencyField, idField, optionalIdField, readEnum, readText } from "./_textFields.js";
import { moneyField, readDecimal } from "./_decimalFields.js";
import { instantField, optionalInstantField, readCalendarDay } from "./_dateFields.js";
import {
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  type FieldSchema,
  type OptionalFieldSchema,
  type SchemaOptions,
} from "./schemaOptions.js";

/**
 * The accepted deal statuses.
 *
 * @example
 * ```ts
 * DEAL_STATUSES; //=> ["open", "won", "lost"]
 * ```
 * @category Model
 */
export const DEAL_STATUSES = ["open", "won", "lost"] as const satisfies readonly DealStatus[];

/**
 * The fields of {@link DealSchema}.
 *
 * @example
 * ```ts
 * Object.keys(DealSchema.shape); //=> ["id", "ownerId", "customerId", "amount", "currency", "stage", ...]
 * ```
 * @category Model
 */
export type DealShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The seller who owns it: required id. */
  ownerId: FieldSchema<string>;
  /** The customer or prospect; optional id. */
  customerId: OptionalFieldSchema<string>;
  /** The amount: a required decimal (decimal string, finite number or Decimal). */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
  /** Pipeline stage: required text, at most 256 characters. */
  stage: FieldSchema<string>;
  /** Explicit win probability in [0, 1]; optional. */
  probability: OptionalFieldSchema<Decimal>;
  /** When the deal was created: a required instant. */
  createdAt: FieldSchema<Date>;
  /** Expected close, a calendar day in the reporting zone; optional. */
  expectedCloseDate: OptionalFieldSchema<Date>;
  /** `open`, `won` or `lost`: required. */
  status: FieldSchema<DealStatus>;
  /** When the deal was won or lost: required for won/lost, forbidden for open, not before createdAt. */
  closedAt: OptionalFieldSchema<Date>;
  /** Why a lost deal was lost; optional text. */
  lossReason: OptionalFieldSchema<string>;
  /** The competitor that won a lost deal; optional text. */
  competitor: OptionalFieldSchema<string>;
};

/**
 * The type of {@link DealSchema} and of what {@link createDealSchema} returns.
 *
 * @example
 * ```ts
 * const schema: DealSchemaType = createDealSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type DealSchemaType = z.ZodObject<DealShape>;

/**
 * What {@link DealSchema} outputs (assignable to `Deal`).
 *
 * @example
 * ```ts
 * const deal: Deal = DealSchema.parse(row) satisfies DealSchemaOutput;
 * ```
 * @category Model
 */
export type DealSchemaOutput = z.output<DealSchemaType>;

/**
 * A deal row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawDeal = {
 *   id: "d-1", ownerId: "s-1", amount: "50000", currency: "EUR", stage: "proposal", probability: "",
 *   createdAt: "2026-01-10T09:00:00Z", expectedCloseDate: "2026-03-31", status: "open", closedAt: "",
 * };
 * ```
 * @category Model
 */
export interface RawDeal {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The seller who owns it: required id. */
  readonly ownerId: string;
  /** The customer or prospect; optional id. */
  readonly customerId?: string | null;
  /** The amount: a required decimal (decimal string, finite number or Decimal). */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case: required. */
  readonly currency: string;
  /** Pipeline stage (any non-empty text, looked up in the stage map). */
  readonly stage: string;
  /** Win probability in [0, 1]: a decimal string, a number or a Decimal. */
  readonly probability?: string | number | Decimal | null;
  /** When the deal was created: a required instant. */
  readonly createdAt: string | Date;
  /** A calendar day; a date-time is reduced to its day in the zone. */
  readonly expectedCloseDate?: string | Date | null;
  /** `"open"`, `"won"` or `"lost"`. */
  readonly status: DealStatus;
  /** Required for won and lost deals, forbidden for open ones; not before `createdAt`. */
  readonly closedAt?: string | Date | null;
  /** Why a lost deal was lost; optional text. */
  readonly lossReason?: string | null;
  /** The competitor that won a lost deal; optional text. */
  readonly competitor?: string | null;
}

interface ParsedDealDates {
  readonly status: DealStatus;
  readonly createdAt: Date;
  readonly closedAt?: Date | undefined;
}

/**
 * Builds the schema of a deal row (an opportunity).
 *
 * Fields: `id`, `ownerId`, optional `customerId`, `amount` (money, any sign), `currency`, `stage`
 * (non-empty, at most 256 characters), optional `probability` (a decimal in [0, 1], 0 included),
 * `createdAt`, optional `expectedCloseDate`, `status` (`"open" | "won" | "lost"`), `closedAt`,
 * optional `lossReason` and `competitor`.
 *
 * Rules (settled details 6 and 8):
 * - a won or lost deal needs `closedAt`; an open deal must not have one (issue on `closedAt`);
 * - `closedAt >= createdAt` (issue on `closedAt`);
 * - `expectedCloseDate` is a calendar day: a date-time is reduced to the first instant of its day
 *   in the reporting zone; a date-only string is that day's first instant.
 *
 * @param options - {@link SchemaOptions}: the zone dates and days are read in, the decimal comma
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createDealSchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "d-1", ownerId: "s-1", amount: "50000", currency: "EUR", stage: "proposal", probability: "0.4",
 *   createdAt: "2026-01-10", expectedCloseDate: "2026-03-31T23:30:00Z", status: "open",
 * });
 * //=> { ..., probability: Decimal("0.4"), createdAt: 2026-01-09T23:00:00.000Z,
 * //     expectedCloseDate: 2026-03-31T22:00:00.000Z (1 April in Paris), status: "open" }
 * ```
 * @category Model
 */
export function createDealSchema(options?: SchemaOptions): DealSchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      ownerId: idField(),
      customerId: optionalIdField(),
      amount: moneyField(resolved),
      currency: currencyField(),
      stage: requiredField(readText(MAX_ID_LENGTH)),
      probability: optionalField(readDecimal({ ...resolved, min: 0, max: 1, percent: true })),
      createdAt: instantField(resolved),
      expectedCloseDate: optionalField(readCalendarDay(resolved.timeZone, resolved.dateFormat)),
      status: requiredField(readEnum(DEAL_STATUSES)),
      closedAt: optionalInstantField(resolved),
      lossReason: optionalField(readText(MAX_TEXT_LENGTH)),
      competitor: optionalField(readText(MAX_TEXT_LENGTH)),
    })
    .superRefine(
      (value, ctx) => {
        const deal = value as ParsedDealDates;
        if (deal.status === "open" && deal.closedAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["closedAt"],
            message: "an open deal has no closedAt (leave it empty, or set status to won or lost)",
          });
        } else if (deal.status !== "open" && deal.closedAt === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["closedAt"],
            message: `required: a ${deal.status} deal needs closedAt`,
          });
        }
      },
      { when: whenFieldsValid(["status", "closedAt"]) },
    )
    .superRefine(
      (value, ctx) => {
        const deal = value as ParsedDealDates;
        if (deal.closedAt !== undefined && deal.closedAt.getTime() < deal.createdAt.getTime()) {
          ctx.addIssue({
            code: "custom",
            path: ["closedAt"],
            message: `closedAt (${deal.closedAt.toISOString()}) is before createdAt (${deal.createdAt.toISOString()})`,
          });
        }
      },
      { when: whenFieldsValid(["createdAt", "closedAt"]) },
    );
  return registerFastPlan(schema, (record) => {
    const deal = record as unknown as ParsedDealDates;
    return dealDatesConsistent(deal.status, deal.createdAt.getTime(), deal.closedAt?.getTime());
  });
}

/**
 * The deal row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * DealSchema.safeParse({ id: "d-1", ownerId: "s-1", amount: 100, currency: "EUR", stage: "won", createdAt: "2026-01-10", status: "won" })
 *   .error?.issues[0];
 * //=> { code: "custom", path: ["closedAt"], message: "required: a won deal needs closedAt", ... }
 * ```
 * @category Model
 */
export const DealSchema: DealSchemaType = createDealSchema();
