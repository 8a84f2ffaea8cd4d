import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { idField, readEnum } from "./_textFields.js";
import { instantField, optionalInstantField } from "./_dateFields.js";
import { notBefore, requireNotBefore } from "./_instantOrder.js";
import type { RequestKind, RequestStatus } from "./salesFlowTypes.js";
import type { FieldSchema, OptionalFieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The accepted request kinds: a call for tenders (appel d'offres), a specification (cahier des
 * charges), another inbound customer request (demande).
 *
 * @example
 * ```ts
 * REQUEST_KINDS; //=> ["tender", "specification", "request"]
 * ```
 * @category Model
 */
export const REQUEST_KINDS = ["tender", "specification", "request"] as const satisfies readonly RequestKind[];

/**
 * The accepted request statuses.
 *
 * @example
 * ```ts
 * REQUEST_STATUSES; //=> ["open", "processed", "declined"]
 * ```
 * @category Model
 */
export const REQUEST_STATUSES = ["open", "processed", "declined"] as const satisfies readonly RequestStatus[];

/**
 * The fields of {@link RequestSchema}.
 *
 * @example
 * ```ts
 * Object.keys(RequestSchema.shape); //=> ["id", "kind", "customerId", "ownerId", "receivedAt", ...]
 * ```
 * @category Model
 */
export type RequestShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** `tender`, `specification` or `request`: required. */
  kind: FieldSchema<RequestKind>;
  /** The customer who sent it: required id. */
  customerId: FieldSchema<string>;
  /** The seller in charge: required id. */
  ownerId: FieldSchema<string>;
  /** When it was received: a required instant. */
  receivedAt: FieldSchema<Date>;
  /** When the customer first heard back: optional, not before receivedAt, not after respondedAt. */
  firstResponseAt: OptionalFieldSchema<Date>;
  /** When the answer was sent: optional, not before receivedAt. */
  respondedAt: OptionalFieldSchema<Date>;
  /** When it was processed: required for processed requests, forbidden otherwise, not before receivedAt. */
  processedAt: OptionalFieldSchema<Date>;
  /** The deadline the customer asked for: optional instant. */
  dueAt: OptionalFieldSchema<Date>;
  /** `open`, `processed` or `declined`: required. */
  status: FieldSchema<RequestStatus>;
};

/**
 * The type of {@link RequestSchema} and of what {@link createRequestSchema} returns.
 *
 * @example
 * ```ts
 * const schema: RequestSchemaType = createRequestSchema({ timeZone: "Europe/Paris" });
 * ```
 * @category Model
 */
export type RequestSchemaType = z.ZodObject<RequestShape>;

/**
 * What {@link RequestSchema} outputs (assignable to `CustomerRequest`).
 *
 * @example
 * ```ts
 * const request: CustomerRequest = RequestSchema.parse(row) satisfies RequestSchemaOutput;
 * ```
 * @category Model
 */
export type RequestSchemaOutput = z.output<RequestSchemaType>;

/**
 * A customer request row in its raw form (JSON values or CSV cells). `""` and `null` mean absent
 * in optional fields.
 *
 * @example
 * ```ts
 * const row: RawRequest = {
 *   id: "r-1", kind: "tender", customerId: "c-1", ownerId: "s-1", receivedAt: "2026-03-02T09:00:00Z",
 *   respondedAt: "2026-03-12T16:00:00Z", dueAt: "2026-03-13", status: "open",
 * };
 * ```
 * @category Model
 */
export interface RawRequest {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** `"tender"`, `"specification"` or `"request"`. */
  readonly kind: RequestKind;
  /** The customer who sent it: required id. */
  readonly customerId: string;
  /** The seller in charge: required id. */
  readonly ownerId: string;
  /** When it was received: a required instant. */
  readonly receivedAt: string | Date;
  /** When the customer first heard back; not before `receivedAt`, not after `respondedAt`. */
  readonly firstResponseAt?: string | Date | null;
  /** When the answer was sent; not before `receivedAt`. */
  readonly respondedAt?: string | Date | null;
  /** Required for processed requests, forbidden otherwise; not before `receivedAt`. */
  readonly processedAt?: string | Date | null;
  /** The deadline the customer asked for. */
  readonly dueAt?: string | Date | null;
  /** `"open"`, `"processed"` or `"declined"`. */
  readonly status: RequestStatus;
}

const AFTER_RECEPTION = ["firstResponseAt", "respondedAt", "processedAt"] as const;

/** The cross-field rules of a request whose fields are valid, for the fast path. */
function requestConsistent(record: Readonly<Record<string, unknown>>): boolean {
  if ((record["status"] === "processed") !== (record["processedAt"] !== undefined)) return false;
  if (!notBefore(record, "respondedAt", "firstResponseAt")) return false;
  return AFTER_RECEPTION.every((field) => notBefore(record, field, "receivedAt"));
}

/**
 * Builds the schema of a customer request row (dossier): a call for tenders, a specification or
 * another inbound request.
 *
 * Fields: `id`, `kind` (`"tender" | "specification" | "request"`), `customerId`, `ownerId`,
 * `receivedAt`, optional `firstResponseAt`, `respondedAt`, `processedAt`, `dueAt` (the deadline
 * the customer asked for), `status` (`"open" | "processed" | "declined"`).
 *
 * Rules:
 * - `processedAt` is present exactly when the status is `processed` (issue on `processedAt`);
 * - `firstResponseAt`, `respondedAt` and `processedAt` are not before `receivedAt` (issue on the
 *   later field);
 * - `firstResponseAt` is not after `respondedAt`: the answer is a response, so the first response
 *   comes at the latest with it (issue on `respondedAt`).
 *
 * Interpretation: `dueAt` is not compared with `receivedAt` (a date-only deadline is the start of
 * its day and may precede a request received the same day); an open or declined request may
 * carry `respondedAt` (answered, not yet closed; or answered with a refusal).
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in
 * @returns a zod object schema with the cross-field checks; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createRequestSchema({ timeZone: "Europe/Paris" }).parse({
 *   id: "r-1", kind: "tender", customerId: "c-1", ownerId: "s-1", receivedAt: "2026-03-02T09:00:00Z",
 *   respondedAt: "2026-03-12T16:00:00Z", dueAt: "2026-03-13", status: "open",
 * });
 * //=> { id: "r-1", kind: "tender", customerId: "c-1", ownerId: "s-1", receivedAt: 2026-03-02T09:00:00.000Z,
 * //     respondedAt: 2026-03-12T16:00:00.000Z, dueAt: 2026-03-12T23:00:00.000Z, status: "open" }
 * ```
 * @category Model
 */
export function createRequestSchema(options?: SchemaOptions): RequestSchemaType {
  const resolved = resolveSchemaOptions(options);
  const schema = z
    .object({
      id: idField(),
      kind: requiredField(readEnum(REQUEST_KINDS)),
      customerId: idField(),
      ownerId: idField(),
      receivedAt: instantField(resolved),
      firstResponseAt: optionalInstantField(resolved),
      respondedAt: optionalInstantField(resolved),
      processedAt: optionalInstantField(resolved),
      dueAt: optionalInstantField(resolved),
      status: requiredField(readEnum(REQUEST_STATUSES)),
    })
    .superRefine(
      (value, ctx) => {
        if (value.status !== "processed" && value.processedAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["processedAt"],
            message: `a request with status ${value.status} has no processedAt (leave it empty, or set status to processed)`,
          });
        } else if (value.status === "processed" && value.processedAt === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["processedAt"],
            message: "required: a processed request needs processedAt",
          });
        }
      },
      { when: whenFieldsValid(["status", "processedAt"]) },
    );
  // One refinement per rule, each run when its instants are valid (superRefine returns a new schema).
  const checked = AFTER_RECEPTION.reduce(
    (refined, field) =>
      refined.superRefine(
        (value, ctx) => {
          requireNotBefore(ctx, value, field, "receivedAt");
        },
        { when: whenFieldsValid(["receivedAt", field]) },
      ),
    schema,
  ).superRefine(
    (value, ctx) => {
      requireNotBefore(ctx, value, "respondedAt", "firstResponseAt");
    },
    { when: whenFieldsValid(["firstResponseAt", "respondedAt"]) },
  );
  return registerFastPlan(checked, requestConsistent);
}

/**
 * The customer request row schema (UTC), ready to use.
 *
 * @example
 * ```ts
 * RequestSchema.safeParse({ id: "r-1", kind: "request", customerId: "c-1", ownerId: "s-1",
 *   receivedAt: "2026-03-02T09:00:00Z", status: "processed" }).error?.issues[0];
 * //=> { code: "custom", path: ["processedAt"], message: "required: a processed request needs processedAt", ... }
 * ```
 * @category Model
 */
export const RequestSchema: RequestSchemaType = createRequestSchema();
