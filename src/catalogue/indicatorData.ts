/**
 * The records a caller hands to the catalogue (`computeIndicator`, `computeReport`), by kind: one
 * object for every indicator, each indicator reading the kinds it needs.
 *
 * @module
 */
import type { LostDealsOptions } from "../indicators/lostDeals/lostDealsTypes.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../model/types.js";
import type { ActivityTable, DealTable, OrderTable } from "../table/types.js";
import type { DealCloseDateChange, DealStageChange } from "../model/dealHistory.js";
import type { CustomerRequest, Offer, Prospect } from "../model/salesFlowTypes.js";
import type { Expense } from "../model/expenseSchema.js";
import type { ExpenseTable } from "../table/expenseTable.js";
import type { OfferTable } from "../table/offerTable.js";
import type { ProspectTable } from "../table/prospectTable.js";
import type { RequestTable } from "../table/requestTable.js";
import type { Complaint, Delivery, Penalty, SurveyResponse } from "../model/serviceTypes.js";
import type { DealCloseDateChangeTable, DealStageChangeTable } from "../table/dealHistoryTables.js";
import type { ComplaintTable, DeliveryTable, PenaltyTable, SurveyResponseTable } from "../table/serviceTables.js";
import type { RecordKind } from "./catalogue.js";

/**
 * The data the catalogue computes from: the CRM's records (parsed, or as tables) and the reference
 * maps that describe them (the roster, the stage map, the loss-reason categories). Every field is
 * optional: an indicator reads the kinds it needs, and `computeReport` skips the indicators whose
 * required kinds are absent. A generated sample dataset (`generateSampleDataset()`) is one.
 *
 * A new record kind adds its field here (and its {@link RecordKind} and its line in
 * {@link RECORD_DATA_KEYS}).
 *
 * Interpretation: a kind is given when its field is present and not `undefined`; an empty array is
 * given (the caller has none of them), so its indicators compute, with zeros.
 * @category Catalogue
 */
export interface IndicatorData {
  /** Orders or invoices (revenue records), or their table. */
  readonly orders?: readonly Order[] | OrderTable;
  /** Revenue targets at any level. */
  readonly revenueTargets?: readonly RevenueTarget[];
  /** Deals (opportunities), or their table. */
  readonly deals?: readonly Deal[] | DealTable;
  /** Activities (commercial actions), or their table. */
  readonly activities?: readonly Activity[] | ActivityTable;
  /** Activity targets per seller or team, per type. */
  readonly activityTargets?: readonly ActivityTarget[];
  /** The roster: team membership for team scopes, and sellers listed with zeros. */
  readonly sellers?: readonly Seller[];
  /** The pipeline's stage map: probability of each stage, for deals without their own. */
  readonly stageProbabilities?: StageProbabilities;
  /** Loss reason to category (market, offer, internal, other), for lost deals. */
  readonly lossReasonCategories?: LostDealsOptions["reasonCategories"];
  /** Deal stage history (one record per stage a deal entered), or its table. */
  readonly stageChanges?: readonly DealStageChange[] | DealStageChangeTable;
  /** Deal expected-close-date history, or its table. */
  readonly closeDateChanges?: readonly DealCloseDateChange[] | DealCloseDateChangeTable;
  /** Deliveries, or their table. */
  readonly deliveries?: readonly Delivery[] | DeliveryTable;
  /** Customer complaints, or their table. */
  readonly complaints?: readonly Complaint[] | ComplaintTable;
  /** Penalties paid to customers, or their table. */
  readonly penalties?: readonly Penalty[] | PenaltyTable;
  /** Customer survey responses, or their table. */
  readonly surveyResponses?: readonly SurveyResponse[] | SurveyResponseTable;
  /** Offers (quotes, proposals), or their table. */
  readonly offers?: readonly Offer[] | OfferTable;
  /** Prospects (leads), or their table. */
  readonly prospects?: readonly Prospect[] | ProspectTable;
  /** Customer requests (tenders, specifications, inbound requests), or their table. */
  readonly requests?: readonly CustomerRequest[] | RequestTable;
  /** Commercial expenses (representation, travel...), or their table. */
  readonly expenses?: readonly Expense[] | ExpenseTable;
}

/**
 * The field of {@link IndicatorData} that holds each record kind.
 *
 * @example
 * ```ts
 * RECORD_DATA_KEYS["revenue-target"]; //=> "revenueTargets"
 * ```
 * @category Catalogue
 */
export const RECORD_DATA_KEYS: { readonly [Kind in RecordKind]: keyof IndicatorData } = Object.freeze({
  order: "orders",
  "revenue-target": "revenueTargets",
  deal: "deals",
  activity: "activities",
  "activity-target": "activityTargets",
  seller: "sellers",
  "stage-change": "stageChanges",
  "close-date-change": "closeDateChanges",
  delivery: "deliveries",
  complaint: "complaints",
  penalty: "penalties",
  "survey-response": "surveyResponses",
  offer: "offers",
  prospect: "prospects",
  request: "requests",
  expense: "expenses",
});
