import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import type { Decimal } from "decimal.js";
import type { ActivityStatus, ActivityType } from "./types.js";
import { optionalField, requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { idField, optionalIdField, readEnum, readText } from "./_textFields.js";
import { readNonNegativeNumber } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import {
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  type FieldSchema,
  type OptionalFieldSchema,
  type SchemaOptions,
} from "./schemaOptions.js";

/**
 * The accepted activity statuses.
 *
 * @example
 * ```ts
 * ACTIVITY_STATUSES.includes("done"); //=> true
 * ```
 * @category Model
 */
export const ACTIVITY_STATUSES = ["done", "planned", "cancelled"] as const satisfies readonly ActivityStatus[];

/**
 * The cancellation causes the indicators tell apart: `"service"` (cancelled on the seller's side),
 * `"customer"` (cancelled by the customer), and `"other"`, which stands for every other text an
 * export gives (`"weather"`, `"other"`...). Any non-empty text is a valid `cancellationCause`.
 *
 * @example
 * ```ts
 * CANCELLATION_CAUSES; //=> ["service", "customer", "other"]
 * ```
 * @category Model
 */
export const CANCELLATION_CAUSES = ["service", "customer", "other"] as const;

/**
 * A cancellation cause as the indicators read it.
 *
 * @example
 * ```ts
 * const cause: CancellationCause = cancellationCauseOf("weather"); // "other"
 * ```
 * @category Model
 */
export type CancellationCause = (typeof CANCELLATION_CAUSES)[number];

/**
 * How the indicators read an activity's `cancellationCause`: `"service"` and `"customer"` as
 * they are, any other text as `"other"`.
 *
 * @param cause - the activity's `cancellationCause` text
 * @returns the cause among {@link CANCELLATION_CAUSES}
 * @throws never
 * @example
 * ```ts
 * cancellationCauseOf("service"); //=> "service"
 * cancellationCauseOf("weather"); //=> "other"
 * ```
 * @category Model
 */
export function cancellationCauseOf(cause: string): CancellationCause {
  return cause === "service" || cause === "customer" ? cause : "other";
}

/** Whether an activity of `status` may carry `cause` (only a cancelled one carries one). */
function cancellationCauseAllowed(status: ActivityStatus, cause: string | undefined): boolean {
  return cause === undefined || status === "cancelled";
}

/**
 * The fields of {@link ActivitySchema}.
 *
 * @example
 * ```ts
 * Object.keys(ActivitySchema.shape); //=> ["id", "ownerId", "type", "date", "status", "customerId", ...]
 * ```
 * @category Model
 */
export type ActivityShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The seller who owns it: required id. */
  ownerId: FieldSchema<string>;
  /** The activity type: required text, at most 256 characters (known types or the caller's own). */
  type: FieldSchema<ActivityType>;
  /** When it happened or is planned: a required instant. */
  date: FieldSchema<Date>;
  /** `done`, `planned` or `cancelled`: required. */
  status: FieldSchema<ActivityStatus>;
  /** The customer concerned; optional id. */
  customerId: OptionalFieldSchema<string>;
  /** The deal it relates to; optional id. */
  dealId: OptionalFieldSchema<string>;
  /** Length in minutes: optional, a non-negative finite number. */
  durationMinutes: OptionalFieldSchema<number>;
  /** Why it was cancelled (`service`, `customer` or other); optional text, only on a cancelled activity. */
  cancellationCause: OptionalFieldSchema<string>;
};

/**
 * The type of {@link ActivitySchema} and of what {@link createActivitySchema} returns.
 *
 * @example
 * ```ts
 * const schema: ActivitySchemaType = createActivitySchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type ActivitySchemaType = z.ZodObject<ActivityShape>;

/**
 * What {@link ActivitySchema} outputs (assignable to `Activity`).
 *
 * @example
 * ```ts
 * const activity: Activity = ActivitySchema.parse(row) satisfies ActivitySchemaOutput;
 * ```
 * @category Model
 */
export type ActivitySchemaOutput = z.output<ActivitySchemaType>;

/**
 * An activity row in its raw form (JSON values or CSV cells). `""` and `null` mean absent in optional fields.
 *
 * @example
 * ```ts
 * const row: RawActivity = { id: "a-1", ownerId: "s-1", type: "visit", date: "2026-03-02T10:00", status: "done", customerId: "c-1", durationMinutes: "90" };
 * ```
 * @category Model
 */
export interface RawActivity {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The seller who owns it: required id. */
  readonly ownerId: string;
  /** `call`, `email`, `meeting`, `demo`, `quote`, `qualified-lead`, `visit`, or any text of the caller's own. */
  readonly type: string;
  /** When it happened or is planned: a required instant. */
  readonly date: string | Date;
  /** `"done"`, `"planned"` or `"cancelled"`. */
  readonly status: ActivityStatus;
  /** The customer concerned; optional id. */
  readonly customerId?: string | null;
  /** The deal it relates to; optional id. */
  readonly dealId?: string | null;
  /** A non-negative number of minutes: a number or a decimal string. */
  readonly durationMinutes?: string | number | Decimal | null;
  /** Why it was cancelled: `"service"`, `"customer"` or other text. */
  readonly cancellationCause?: string | null;
}

/**
 * Builds the schema of an activity row (call, email, meeting, demo, quote, qualified lead, visit or
 * a type of the caller's own).
 *
 * Fields: `id`, `ownerId`, `type` (any non-empty text, at most 256 characters), `date`, `status`
 * (`"done" | "planned" | "cancelled"`), optional `customerId`, `dealId`, `durationMinutes` (a
 * non-negative finite number, given as a number or a decimal string) and `cancellationCause`
 * (text, at most 1000 characters).
 *
 * Rule across fields: `cancellationCause` is given only on a cancelled activity (issue on
 * `cancellationCause` otherwise); a cancelled activity may have none (cause unknown).
 * Interpretation: the causes are {@link CANCELLATION_CAUSES}: `"service"` (the seller's side
 * cancelled: the sales service, an unavailable seller or product), `"customer"` (the customer
 * cancelled), and any other text (`"weather"`, `"other"`...), which the indicators read as
 * `"other"`. The text is kept as given and compared exactly (lower case `"service"`).
 * `durationMinutes` is accepted whatever the status (a cancelled meeting may keep its planned
 * length); the duration indicators read it on done activities only.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema with the cross-field check; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createActivitySchema().parse({ id: "a-1", ownerId: "s-1", type: "visit", date: "2026-03-02T10:00:00Z", status: "done", durationMinutes: "90" });
 * //=> { id: "a-1", ownerId: "s-1", type: "visit", date: 2026-03-02T10:00:00.000Z, status: "done", durationMinutes: 90 }
 * ```
 * @category Model
 */
export function createActivitySchema(options?: SchemaOptions): ActivitySchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      ownerId: idField(),
      type: requiredField(readText(MAX_ID_LENGTH)),
      date: instantField(resolved),
      status: requiredField(readEnum(ACTIVITY_STATUSES)),
      customerId: optionalIdField(),
      dealId: optionalIdField(),
      durationMinutes: optionalField(readNonNegativeNumber(resolved)),
      cancellationCause: optionalField(readText(MAX_TEXT_LENGTH)),
    })
    .superRefine(
      (value, ctx) => {
        const { status, cancellationCause } = value as { status: ActivityStatus; cancellationCause?: string };
        if (!cancellationCauseAllowed(status, cancellationCause)) {
          ctx.addIssue({
            code: "custom",
            path: ["cancellationCause"],
            message: `only a cancelled activity has a cancellationCause (this one is ${status}): leave it empty or set status to cancelled`,
          });
        }
      },
      { when: whenFieldsValid(["status", "cancellationCause"]) },
    );
  return registerFastPlan(schema, (record) =>
    cancellationCauseAllowed(record["status"] as ActivityStatus, record["cancellationCause"] as string | undefined),
  );
}

/**
 * The activity row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * ActivitySchema.safeParse({ id: "a-1", ownerId: "s-1", type: "call", date: "2026-03-02", status: "Done" }).error?.issues[0]?.message;
 * //=> 'expected one of "done", "planned", "cancelled", got "Done"'
 * ```
 * @category Model
 */
export const ActivitySchema: ActivitySchemaType = createActivitySchema();
