/**
 * The JSON Schema of each kind of raw row the parse functions accept.
 *
 * @module
 */
import type * as z from "zod";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { toJsonSchema, type JsonSchema } from "../model/jsonSchema.js";
import type { SchemaOptions } from "../model/schemaOptions.js";
import { createActivitySchema } from "../model/activitySchema.js";
import { createActivityTargetSchema } from "../model/activityTargetSchema.js";
import { createDealCloseDateChangeSchema } from "../model/closeDateChangeSchema.js";
import { createComplaintSchema } from "../model/complaintSchema.js";
import { createDealSchema } from "../model/dealSchema.js";
import { createDeliverySchema } from "../model/deliverySchema.js";
import { createExpenseSchema } from "../model/expenseSchema.js";
import { createOfferSchema } from "../model/offerSchema.js";
import { createOrderSchema } from "../model/orderSchema.js";
import { createPenaltySchema } from "../model/penaltySchema.js";
import { createProspectSchema } from "../model/prospectSchema.js";
import { createRequestSchema } from "../model/requestSchema.js";
import { createRevenueTargetSchema } from "../model/revenueTargetSchema.js";
import { createSellerSchema } from "../model/sellerSchema.js";
import { createDealStageChangeSchema } from "../model/stageChangeSchema.js";
import { createSurveyResponseSchema } from "../model/surveyResponseSchema.js";
import type { RecordKind } from "../catalogue/catalogue.js";

/** A row kind's zod schema factory, title and the rules across its fields a JSON Schema cannot say. */
interface RowKind {
  readonly title: string;
  readonly parse: string;
  readonly create: (options?: SchemaOptions) => z.ZodType;
  readonly acrossFields: readonly string[];
}

const TARGET_SCOPE = [
  "`scopeId` is required for a seller or team target and absent for the company",
  "`end` is after `start`",
];

const ROW_KINDS: { readonly [Kind in RecordKind]: RowKind } = {
  order: {
    title: "Order",
    parse: "parseOrders",
    create: createOrderSchema,
    acrossFields: [
      "`discount` and `hoursSold` are not negative unless `amount` is (a credit note)",
      "with both `grossAmount` and `discount`, `amount = grossAmount - discount` exactly",
    ],
  },
  "revenue-target": {
    title: "Revenue target",
    parse: "parseRevenueTargets",
    create: createRevenueTargetSchema,
    acrossFields: TARGET_SCOPE,
  },
  deal: {
    title: "Deal",
    parse: "parseDeals",
    create: createDealSchema,
    acrossFields: ["a won or lost deal has `closedAt`, an open one has none", "`closedAt` is not before `createdAt`"],
  },
  activity: {
    title: "Activity",
    parse: "parseActivities",
    create: createActivitySchema,
    acrossFields: ["`cancellationCause` is given only on a cancelled activity"],
  },
  "activity-target": {
    title: "Activity target",
    parse: "parseActivityTargets",
    create: createActivityTargetSchema,
    acrossFields: TARGET_SCOPE,
  },
  seller: { title: "Seller", parse: "parseSellers", create: createSellerSchema, acrossFields: [] },
  "stage-change": {
    title: "Deal stage change",
    parse: "parseDealStageChanges",
    create: createDealStageChangeSchema,
    acrossFields: [],
  },
  "close-date-change": {
    title: "Deal close-date change",
    parse: "parseDealCloseDateChanges",
    create: createDealCloseDateChangeSchema,
    acrossFields: [],
  },
  delivery: {
    title: "Delivery",
    parse: "parseDeliveries",
    create: createDeliverySchema,
    acrossFields: [
      "`deliveredAt` is not before `requestedAt`",
      "`conforming` is given only with `deliveredAt`",
      "`nonConformityReason` is given only with `conforming: false`",
    ],
  },
  complaint: { title: "Complaint", parse: "parseComplaints", create: createComplaintSchema, acrossFields: [] },
  penalty: { title: "Penalty", parse: "parsePenalties", create: createPenaltySchema, acrossFields: [] },
  "survey-response": {
    title: "Survey response",
    parse: "parseSurveyResponses",
    create: createSurveyResponseSchema,
    acrossFields: ["`scaleMin < scaleMax`", "`scaleMin <= score <= scaleMax`"],
  },
  offer: {
    title: "Offer",
    parse: "parseOffers",
    create: createOfferSchema,
    acrossFields: [
      "a decided offer (any status but `pending`) has `decidedAt`, a pending one has none",
      "`decidedAt` is not before `issuedAt`",
      "`orderId` is given only on an accepted offer",
    ],
  },
  prospect: {
    title: "Prospect",
    parse: "parseProspects",
    create: createProspectSchema,
    acrossFields: [
      "`convertedAt` and `lostAt` are not both given",
      "`qualifiedAt`, `convertedAt` and `lostAt` are not before `createdAt`",
    ],
  },
  request: {
    title: "Customer request",
    parse: "parseRequests",
    create: createRequestSchema,
    acrossFields: [
      "`processedAt` is given exactly when the status is `processed`",
      "`firstResponseAt`, `respondedAt` and `processedAt` are not before `receivedAt`",
      "`firstResponseAt` is not after `respondedAt`",
    ],
  },
  expense: { title: "Expense", parse: "parseExpenses", create: createExpenseSchema, acrossFields: [] },
};

/**
 * The record kinds {@link rowJsonSchema} describes: every kind of raw row a parse function
 * accepts, as the catalogue names them.
 *
 * @example
 * ```ts
 * ROW_JSON_SCHEMA_KINDS.slice(0, 3); //=> ["order", "revenue-target", "deal"]
 * ROW_JSON_SCHEMA_KINDS.length; //=> 16
 * ```
 * @category JSON Schema
 */
export const ROW_JSON_SCHEMA_KINDS: readonly RecordKind[] = Object.freeze(Object.keys(ROW_KINDS) as RecordKind[]);

function rowKindOf(kind: unknown): RowKind {
  if (typeof kind === "string" && Object.hasOwn(ROW_KINDS, kind)) return ROW_KINDS[kind as RecordKind];
  throw new InvalidArgumentError(
    `unknown record kind ${describeValue(kind)} (expected one of ${ROW_JSON_SCHEMA_KINDS.join(", ")})`,
  );
}

/**
 * The JSON Schema (draft 2020-12) of one raw row of a kind, as the parse functions read it with
 * these options: what a tool in another language can check before sending rows, derived from the
 * row's zod schema (`toJsonSchema`). A decimal is a JSON number or a decimal text (the decimal
 * mark and thousands separator of the options), a date an ISO 8601 text (any text with a
 * `dateFormat`), an optional field may be missing, `null` or `""`; other keys are allowed (the
 * parse functions strip them by default).
 *
 * Every row the parse function accepts is valid against the schema, so a row the schema rejects
 * is rejected by the parse function. The converse does not hold: the schema's `description` lists
 * what it does not check (the rules across fields, the uniqueness of ids within one parse call,
 * and the checks each field's description names: calendar dates, daylight-saving gaps, known
 * currency codes, the range of a decimal text).
 *
 * Interpretation: "every row the parse functions accept" means every JSON row (what a JSON text or
 * a CSV reader gives: texts, numbers, booleans, `null`); `Date` and `Decimal` objects, which code
 * may pass to a parse function, have no JSON form and are left out. Keys outside the schema are
 * allowed, since the parse functions' default is to strip them; the shipped files are the schemas
 * of the default options (UTC, decimal point, ISO 8601 dates).
 *
 * @param kind - the record kind (see {@link ROW_JSON_SCHEMA_KINDS}): `"order"`, `"deal"`...
 * @param options - the parse options the rows will be read with ({@link SchemaOptions}); default:
 *   UTC, decimal point, ISO 8601 dates
 * @returns a new JSON Schema object
 * @throws {@link InvalidArgumentError} for an unknown kind or malformed options
 * @example
 * ```ts
 * const schema = rowJsonSchema("order");
 * schema.title; //=> "Order"
 * schema.required; //=> ["id", "date", "amount", "currency", "sellerId", "customerId"]
 * rowJsonSchema("deal").description;
 * //=> "A raw deal row, as parseDeals reads it. ... Not checked here: a won or lost deal has `closedAt`, ..."
 * rowJsonSchema("dog"); // throws InvalidArgumentError
 * ```
 * @category JSON Schema
 */
export function rowJsonSchema(kind: RecordKind, options?: SchemaOptions): JsonSchema {
  const row = rowKindOf(kind);
  const rules = [
    ...row.acrossFields,
    "ids are unique within one parse call",
    "the checks each field's description names",
  ];
  const description =
    `A raw ${row.title.toLowerCase()} row, as ${row.parse} reads it. Every row ${row.parse} accepts is valid here; ` +
    `a row valid here may still be rejected. Not checked here: ${rules.join("; ")}.`;
  return toJsonSchema(row.create(options), { title: row.title, description });
}
