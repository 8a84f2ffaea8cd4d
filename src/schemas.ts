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
