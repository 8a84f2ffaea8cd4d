/**
 * Columnar tables of the service records (deliveries, complaints, penalties, survey responses),
 * built once for repeated indicator calls, and their parsers from raw rows.
 *
 * @module
 */
import type { Complaint, Delivery, Penalty, SurveyResponse } from "../model/serviceTypes.js";
import { createComplaintSchema, ComplaintSchema } from "../model/complaintSchema.js";
import { createDeliverySchema, DeliverySchema } from "../model/deliverySchema.js";
import { createPenaltySchema, PenaltySchema } from "../model/penaltySchema.js";
import { createSurveyResponseSchema, SurveyResponseSchema } from "../model/surveyResponseSchema.js";
import { schemaForOptions } from "../model/_schemaForOptions.js";
import type { AnyRowSchema, ParseOptions } from "../model/parseRows.js";
import { parseTable, type TableSink } from "./_parseTable.js";
import { recordColumns, type RecordTableKind, type TableRecord } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Deliveries stored by column, built once by {@link deliveryTable} or {@link parseDeliveryTable}.
 * Pass it wherever an array of deliveries is accepted. Its layout is private.
 * @category Tables
 */
export interface DeliveryTable {
  /** What the table holds. */
  readonly kind: "deliveries";
  /** Number of deliveries. */
  readonly size: number;
}

/**
 * Complaints stored by column, built once by {@link complaintTable} or {@link parseComplaintTable}.
 * Pass it wherever an array of complaints is accepted. Its layout is private.
 * @category Tables
 */
export interface ComplaintTable {
  /** What the table holds. */
  readonly kind: "complaints";
  /** Number of complaints. */
  readonly size: number;
}

/**
 * Penalties stored by column, built once by {@link penaltyTable} or {@link parsePenaltyTable}.
 * Pass it wherever an array of penalties is accepted. Its layout is private.
 * @category Tables
 */
export interface PenaltyTable {
  /** What the table holds. */
  readonly kind: "penalties";
  /** Number of penalties. */
  readonly size: number;
}

/**
 * Survey responses stored by column, built once by {@link surveyResponseTable} or
 * {@link parseSurveyResponseTable}. Pass it wherever an array of survey responses is accepted.
 * Its layout is private.
 * @category Tables
 */
export interface SurveyResponseTable {
  /** What the table holds. */
  readonly kind: "surveys";
  /** Number of responses. */
  readonly size: number;
}

/**
 * Builds the columnar table of deliveries (row `i` is `deliveries[i]`).
 *
 * @param deliveries - valid deliveries (from `parseDeliveries`); the table is a snapshot of their values
 * @returns the table
 * @throws {@link InvalidArgumentError} when a record lacks a field the table stores (records come from the parse functions)
 * @example
 * ```ts
 * deliveryTable([{ id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z") }]).size; //=> 1
 * ```
 * @category Tables
 */
export function deliveryTable(deliveries: readonly Delivery[]): DeliveryTable {
  return recordColumns("deliveries", deliveries) as unknown as DeliveryTable;
}

/**
 * Builds the columnar table of complaints (row `i` is `complaints[i]`).
 *
 * @param complaints - valid complaints (from `parseComplaints`)
 * @returns the table
 * @throws {@link InvalidArgumentError} when a record lacks a field the table stores
 * @example
 * ```ts
 * complaintTable([{ id: "r1", customerId: "c1", receivedAt: new Date("2026-03-02T00:00:00Z"), category: "billing" }]).kind; //=> "complaints"
 * ```
 * @category Tables
 */
export function complaintTable(complaints: readonly Complaint[]): ComplaintTable {
  return recordColumns("complaints", complaints) as unknown as ComplaintTable;
}

/**
 * Builds the columnar table of penalties (row `i` is `penalties[i]`).
 *
 * @param penalties - valid penalties (from `parsePenalties`)
 * @returns the table
 * @throws {@link InvalidArgumentError} when a record lacks a field the table stores
 * @example
 * ```ts
 * penaltyTable([{ id: "p1", customerId: "c1", date: new Date("2026-03-20T00:00:00Z"), amount: toDecimal("250"), currency: "EUR" }]).size; //=> 1
 * ```
 * @category Tables
 */
export function penaltyTable(penalties: readonly Penalty[]): PenaltyTable {
  return recordColumns("penalties", penalties) as unknown as PenaltyTable;
}

/**
 * Builds the columnar table of survey responses (row `i` is `responses[i]`).
 *
 * @param responses - valid survey responses (from `parseSurveyResponses`)
 * @returns the table
 * @throws {@link InvalidArgumentError} when a record lacks a field the table stores
 * @example
 * ```ts
 * surveyResponseTable([{ id: "q1", customerId: "c1", date: new Date("2026-03-02T00:00:00Z"),
 *   score: toDecimal("9"), scaleMin: toDecimal("0"), scaleMax: toDecimal("10") }]).kind; //=> "surveys"
 * ```
 * @category Tables
 */
export function surveyResponseTable(responses: readonly SurveyResponse[]): SurveyResponseTable {
  return recordColumns("surveys", responses) as unknown as SurveyResponseTable;
}

/**
 * A sink that takes every row through the record parser (these records are few; a lane-read row
 * would only save building its record) and builds the table from the records.
 */
function recordSink<R extends TableRecord, T>(kind: RecordTableKind): (keys: readonly string[]) => TableSink<R, T> {
  return () => {
    const records: R[] = [];
    return {
      addFields: () => false,
      addRecord: (record) => {
        records.push(record);
      },
      build: () => recordColumns(kind, records) as unknown as T,
    };
  };
}

function parseRecordTable<T>(
  schema: AnyRowSchema,
  kind: RecordTableKind,
  rows: readonly unknown[],
  options: ParseOptions | undefined,
): TableParseResult<T> {
  return parseTable(schema, rows, options, recordSink<TableRecord, T>(kind) as never);
}

/**
 * Parses raw delivery rows straight into a {@link DeliveryTable}: the same rules, rejected rows and
 * table as `deliveryTable(parseDeliveries(rows, options).records)`.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parseDeliveries`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseDeliveryTable([
 *   { id: "l1", orderId: "o1", customerId: "c1", promisedAt: "2026-03-02", deliveredAt: "2026-03-03", conforming: "false" },
 *   { id: "l2", orderId: "o2", customerId: "c1", promisedAt: "2026-03-02", conforming: "true" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.path; //=> ["conforming"]
 * ```
 * @category Tables
 */
export function parseDeliveryTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<DeliveryTable> {
  return parseRecordTable(schemaForOptions(options, DeliverySchema, createDeliverySchema), "deliveries", rows, options);
}

/**
 * Parses raw complaint rows straight into a {@link ComplaintTable}: the same rules, rejected rows
 * and table as `complaintTable(parseComplaints(rows, options).records)`.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parseComplaints`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parseComplaintTable([{ id: "r1", customerId: "c1", receivedAt: "2026-03-02", category: "commercial" }]).table.size; //=> 1
 * ```
 * @category Tables
 */
export function parseComplaintTable(
  rows: readonly unknown[],
  options?: ParseOptions,
): TableParseResult<ComplaintTable> {
  return parseRecordTable(
    schemaForOptions(options, ComplaintSchema, createComplaintSchema),
    "complaints",
    rows,
    options,
  );
}

/**
 * Parses raw penalty rows straight into a {@link PenaltyTable}: the same rules, rejected rows and
 * table as `penaltyTable(parsePenalties(rows, options).records)`.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parsePenalties`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parsePenaltyTable([{ id: "p1", customerId: "c1", date: "2026-03-20", amount: "1 250,50", currency: "EUR" }], { decimalComma: true }).table.size; //=> 1
 * ```
 * @category Tables
 */
export function parsePenaltyTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<PenaltyTable> {
  return parseRecordTable(schemaForOptions(options, PenaltySchema, createPenaltySchema), "penalties", rows, options);
}

/**
 * Parses raw survey response rows straight into a {@link SurveyResponseTable}: the same rules,
 * rejected rows and table as `surveyResponseTable(parseSurveyResponses(rows, options).records)`.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parseSurveyResponses`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parseSurveyResponseTable([{ id: "q1", customerId: "c1", date: "2026-03-02", score: "11", scaleMin: "0", scaleMax: "10" }]).errors[0]?.message;
 * //=> "score 11 is outside its scale [0, 10]"
 * ```
 * @category Tables
 */
export function parseSurveyResponseTable(
  rows: readonly unknown[],
  options?: ParseOptions,
): TableParseResult<SurveyResponseTable> {
  return parseRecordTable(
    schemaForOptions(options, SurveyResponseSchema, createSurveyResponseSchema),
    "surveys",
    rows,
    options,
  );
}
