/**
 * The `crm-kpi/schemas` entry point: zod schemas of the raw rows (sellers, orders, revenue targets,
 * deals, activities, activity targets), their factories (reporting zone, decimal comma) and the
 * parse functions that turn raw rows into domain records and row errors.
 *
 * Parse at the boundary, trust inside: indicators take the records these functions return.
 *
 * @example
 * ```ts
 * import { parseOrders } from "crm-kpi/schemas";
 * const { records, errors, inputCount } = parseOrders(csvRows, { timeZone: "Europe/Paris" });
 * ```
 *
 * @module
 */
export * from "./model/schemaOptions.js";
export {
  SellerSchema,
  createSellerSchema,
  type RawSeller,
  type SellerSchemaOutput,
  type SellerSchemaType,
  type SellerShape,
} from "./model/sellerSchema.js";
export {
  OrderSchema,
  createOrderSchema,
  type OrderSchemaOutput,
  type OrderSchemaType,
  type OrderShape,
  type RawOrder,
} from "./model/orderSchema.js";
export {
  RevenueTargetSchema,
  createRevenueTargetSchema,
  type RawRevenueTarget,
  type RevenueTargetSchemaOutput,
  type RevenueTargetSchemaType,
  type RevenueTargetShape,
} from "./model/revenueTargetSchema.js";
export {
  DEAL_STATUSES,
  DealSchema,
  createDealSchema,
  type DealSchemaOutput,
  type DealSchemaType,
  type DealShape,
  type RawDeal,
} from "./model/dealSchema.js";
export {
  ACTIVITY_STATUSES,
  ActivitySchema,
  createActivitySchema,
  type ActivitySchemaOutput,
  type ActivitySchemaType,
  type ActivityShape,
  type RawActivity,
} from "./model/activitySchema.js";
export {
  ActivityTargetSchema,
  createActivityTargetSchema,
  type ActivityTargetSchemaOutput,
  type ActivityTargetSchemaType,
  type ActivityTargetShape,
  type RawActivityTarget,
} from "./model/activityTargetSchema.js";
export {
  MAX_ERROR_ID_LENGTH,
  MAX_ISSUES_PER_ROW,
  parseRows,
  type AnyRowSchema,
  type ParseMode,
  type ParseOptions,
  type ParseResult,
  type RowParseOptions,
  type UnknownKeysPolicy,
} from "./model/parseRows.js";
export { parseSellers } from "./model/parseSellers.js";
export { parseOrders } from "./model/parseOrders.js";
export { parseRevenueTargets } from "./model/parseRevenueTargets.js";
export { parseDeals } from "./model/parseDeals.js";
export { parseActivities } from "./model/parseActivities.js";
export { parseActivityTargets } from "./model/parseActivityTargets.js";
// The records of the service indicators (deliveries, complaints, penalties, survey responses).
export {
  DeliverySchema,
  createDeliverySchema,
  type DeliverySchemaOutput,
  type DeliverySchemaType,
  type DeliveryShape,
  type RawDelivery,
} from "./model/deliverySchema.js";
export {
  ComplaintSchema,
  createComplaintSchema,
  type ComplaintSchemaOutput,
  type ComplaintSchemaType,
  type ComplaintShape,
  type RawComplaint,
} from "./model/complaintSchema.js";
export {
  PenaltySchema,
  createPenaltySchema,
  type PenaltySchemaOutput,
  type PenaltySchemaType,
  type PenaltyShape,
  type RawPenalty,
} from "./model/penaltySchema.js";
export {
  SurveyResponseSchema,
  createSurveyResponseSchema,
  type RawSurveyResponse,
  type SurveyResponseSchemaOutput,
  type SurveyResponseSchemaType,
  type SurveyResponseShape,
} from "./model/surveyResponseSchema.js";
export { parseDeliveries } from "./model/parseDeliveries.js";
export { parseComplaints } from "./model/parseComplaints.js";
export { parsePenalties } from "./model/parsePenalties.js";
export { parseSurveyResponses } from "./model/parseSurveyResponses.js";
export {
  COMPLAINT_CATEGORIES,
  type Complaint,
  type ComplaintCategory,
  type Delivery,
  type Penalty,
  type SurveyResponse,
} from "./model/serviceTypes.js";
export {
  DealStageChangeSchema,
  createDealStageChangeSchema,
  type DealStageChangeSchemaOutput,
  type DealStageChangeSchemaType,
  type DealStageChangeShape,
  type RawDealStageChange,
} from "./model/stageChangeSchema.js";
export {
  DealCloseDateChangeSchema,
  createDealCloseDateChangeSchema,
  type DealCloseDateChangeSchemaOutput,
  type DealCloseDateChangeSchemaType,
  type DealCloseDateChangeShape,
  type RawDealCloseDateChange,
} from "./model/closeDateChangeSchema.js";
export { parseDealStageChanges } from "./model/parseDealStageChanges.js";
export { parseDealCloseDateChanges } from "./model/parseDealCloseDateChanges.js";
export type { DealCloseDateChange, DealStageChange } from "./model/dealHistory.js";
export {
  ACTIVITY_TYPES,
  type Activity,
  type ActivityStatus,
  type ActivityTarget,
  type ActivityType,
  type Deal,
  type DealStatus,
  type Order,
  type RevenueTarget,
  type Seller,
  type TargetLevel,
} from "./model/types.js";
export {
  CrmKpiError,
  ERROR_PREFIX,
  InvalidArgumentError,
  MissingFieldsError,
  RowValidationError,
  formatRowError,
  isCrmKpiError,
  type CrmKpiErrorCode,
  type RowError,
  type RowIssue,
} from "./errors/index.js";
// The sales-flow records (offers, prospects, customer requests).
export {
  DECIDED_OFFER_STATUSES,
  OFFER_STATUSES,
  OfferSchema,
  createOfferSchema,
  type OfferSchemaOutput,
  type OfferSchemaType,
  type OfferShape,
  type RawOffer,
} from "./model/offerSchema.js";
export {
  ProspectSchema,
  createProspectSchema,
  type ProspectSchemaOutput,
  type ProspectSchemaType,
  type ProspectShape,
  type RawProspect,
} from "./model/prospectSchema.js";
export {
  REQUEST_KINDS,
  REQUEST_STATUSES,
  RequestSchema,
  createRequestSchema,
  type RawRequest,
  type RequestSchemaOutput,
  type RequestSchemaType,
  type RequestShape,
} from "./model/requestSchema.js";
export { parseOffers } from "./model/parseOffers.js";
export { parseProspects } from "./model/parseProspects.js";
export { parseRequests } from "./model/parseRequests.js";
export type {
  CustomerRequest,
  Offer,
  OfferStatus,
  Prospect,
  RequestKind,
  RequestStatus,
} from "./model/salesFlowTypes.js";
export { CANCELLATION_CAUSES, cancellationCauseOf, type CancellationCause } from "./model/activitySchema.js";
export {
  EXPENSE_CATEGORIES,
  ExpenseSchema,
  createExpenseSchema,
  type Expense,
  type ExpenseCategory,
  type ExpenseSchemaOutput,
  type ExpenseSchemaType,
  type ExpenseShape,
  type RawExpense,
} from "./model/expenseSchema.js";
export { parseExpenses } from "./model/parseExpenses.js";
