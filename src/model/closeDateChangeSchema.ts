import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions } from "./_fields.js";
import { idField } from "./_textFields.js";
import { instantField, readCalendarDay } from "./_dateFields.js";
import type { FieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The fields of {@link DealCloseDateChangeSchema}.
 *
 * @example
 * ```ts
 * Object.keys(DealCloseDateChangeSchema.shape); //=> ["id", "dealId", "expectedCloseDate", "changedAt"]
 * ```
 * @category Model
 */
export type DealCloseDateChangeShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The deal whose expected close date changed: required id. */
  dealId: FieldSchema<string>;
  /** The new expected close date: a required calendar day in the reporting zone. */
  expectedCloseDate: FieldSchema<Date>;
  /** When the change was made: a required instant. */
  changedAt: FieldSchema<Date>;
};

/**
 * The type of {@link DealCloseDateChangeSchema} and of what {@link createDealCloseDateChangeSchema} returns.
 *
 * @example
 * ```ts
 * const schema: DealCloseDateChangeSchemaType = createDealCloseDateChangeSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type DealCloseDateChangeSchemaType = z.ZodObject<DealCloseDateChangeShape>;

/**
 * What {@link DealCloseDateChangeSchema} outputs (assignable to `DealCloseDateChange`).
 *
 * @example
 * ```ts
 * const change: DealCloseDateChange = DealCloseDateChangeSchema.parse(row) satisfies DealCloseDateChangeSchemaOutput;
 * ```
 * @category Model
 */
export type DealCloseDateChangeSchemaOutput = z.output<DealCloseDateChangeSchemaType>;

/**
 * A close-date-change row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawDealCloseDateChange = { id: "c-1", dealId: "d-1", expectedCloseDate: "2026-04-30", changedAt: "2026-03-02T10:00:00Z" };
 * ```
 * @category Model
 */
export interface RawDealCloseDateChange {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The deal whose expected close date changed: required id. */
  readonly dealId: string;
  /** A calendar day; a date-time is reduced to its day in the zone. */
  readonly expectedCloseDate: string | Date;
  /** When the change was made: a required instant. */
  readonly changedAt: string | Date;
}

/**
 * Builds the schema of a deal close-date-change row (spec section 7: `dealId`,
 * `expectedCloseDate`, `changedAt`; one row of a CRM's close-date history).
 *
 * Fields: `id`, `dealId` (an id), `expectedCloseDate` (a calendar day, settled detail 8: a
 * date-time is reduced to the first instant of its day in the reporting zone, as in a deal),
 * `changedAt` (an instant). The row has no cross-field rule: an expected close may lie before the
 * change (a deal already late when its date was moved), and whether `dealId` names a known deal is
 * a question across records, which the indicators answer.
 *
 * @param options - {@link SchemaOptions}: the zone dates and days are read in, the date format
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createDealCloseDateChangeSchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "c-1", dealId: "d-1", expectedCloseDate: "2026-03-31T23:30:00Z", changedAt: "2026-03-02T10:00:00Z" });
 * //=> { id: "c-1", dealId: "d-1", expectedCloseDate: 2026-03-31T22:00:00.000Z (1 April in Paris), changedAt: 2026-03-02T10:00:00.000Z }
 * ```
 * @category Model
 */
export function createDealCloseDateChangeSchema(options?: SchemaOptions): DealCloseDateChangeSchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      dealId: idField(),
      expectedCloseDate: requiredField(readCalendarDay(resolved.timeZone, resolved.dateFormat)),
      changedAt: instantField(resolved),
    }),
  );
}

/**
 * The deal close-date-change row schema (UTC), ready to use.
 *
 * @example
 * ```ts
 * DealCloseDateChangeSchema.safeParse({ id: "c-1", dealId: "d-1", expectedCloseDate: "2026-02-30", changedAt: "2026-02-01" })
 *   .error?.issues[0]?.message;
 * //=> "2026-02-30 is not a calendar date"
 * ```
 * @category Model
 */
export const DealCloseDateChangeSchema: DealCloseDateChangeSchemaType = createDealCloseDateChangeSchema();
