import * as z from "zod";
import { InvalidArgumentError } from "../errors/index.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../model/resultJson.js";
import type { ExchangeRates } from "../money/exchangeRates.js";
import type { DayCount, Period } from "../period/types.js";
import { dataObject, missingRecords } from "./_data.js";
import { definitionOf } from "./_definitions.js";
import {
  calendarOf,
  checkOptions,
  commonShape,
  instantField,
  periodField,
  readInstant,
  readPeriod,
  targetShape,
  type OptionFailure,
} from "./_optionFields.js";
import type { RecordKind } from "./catalogue.js";
import type { ReportRequest } from "./defineIndicator.js";
import { RECORD_DATA_KEYS, type IndicatorData } from "./indicatorData.js";
import type { InstantInput, PeriodInput } from "./optionInputs.js";
import { INDICATOR_DEFINITIONS, type IndicatorId, type IndicatorResultOf } from "./registry.js";

/** Options of {@link computeReport}. @category Catalogue */
export interface ReportOptions {
  /** The report's period: a label (`"2026-Q2"`) or its bounds; the range of the indicators read over buckets. */
  readonly period: PeriodInput;
  /** "Now": records dated at or after it do not count; the pipeline is read at it. */
  readonly asOf: InstantInput;
  /** The indicators to compute, by id; absent: every indicator of the catalogue. Each is computed once, in catalogue order. */
  readonly ids?: readonly IndicatorId[];
  /** IANA zone of the report (labels and date strings are read in it; the indicators compute in it). */
  readonly timeZone?: string;
  /** Month in which the fiscal year starts (1-12). Default 1. */
  readonly fiscalYearStartMonth?: number;
  /** Currency of the results. */
  readonly currency?: string;
  /** Exchange rates to `currency`. */
  readonly exchangeRates?: ExchangeRates;
  /** Calendar (default) or business days in proration and elapsed fractions. */
  readonly dayCount?: DayCount;
}

/** One computed indicator of a report: its id and its result. @category Catalogue */
export type ReportResult = {
  readonly [Id in IndicatorId]: {
    /** The indicator's catalogue id. */
    readonly id: Id;
    /** Its result, as `computeIndicator` gives it. */
    readonly result: IndicatorResultOf<Id>;
  };
}[IndicatorId];

/** An indicator a report could not compute: the record kinds it requires that the data lacks. @category Catalogue */
export interface ReportSkipped {
  /** The indicator's catalogue id. */
  readonly id: string;
  /** The required record kinds the data does not give, in the entry's order. */
  readonly missing: readonly RecordKind[];
}

/** A report (spec section 5): every indicator the records allow over one period, in one document. @category Catalogue */
export interface IndicatorReport {
  /** The period, as read (label and zone kept). */
  readonly period: Period;
  /** The `asOf` used. */
  readonly asOf: Date;
  /** The computed indicators, in catalogue order. */
  readonly results: readonly ReportResult[];
  /** The indicators not computed, with the records they would need, in catalogue order. */
  readonly skipped: readonly ReportSkipped[];
}

const reportOptionsSchema = z.strictObject({
  period: periodField,
  asOf: instantField,
  ids: z.array(z.string()).exactOptional(),
  timeZone: commonShape.timeZone,
  fiscalYearStartMonth: commonShape.fiscalYearStartMonth,
  currency: commonShape.currency,
  exchangeRates: commonShape.exchangeRates,
  dayCount: targetShape.dayCount,
});

const reportFailure: OptionFailure = (option, problem) => {
  throw new InvalidArgumentError(`computeReport ${option === "" ? "options" : `option ${option}`}: ${problem}`);
};

/**
 * Computes every indicator the given records allow over one period, in one call, and names, for
 * each of the others, the record kinds it would need (that is not an error). Each indicator takes
 * the report's period (as its range when it reads buckets, at its entry's default grain), `asOf`,
 * zone, currency and day count, the defaults of its other options, and every record kind of `data`
 * it reads: roster, targets, activities for effort, the stage map, loss-reason categories; the
 * pipeline adds a forecast over the period when orders are given. The result is one document:
 * `JSON.stringify` writes it, `resultFromJSON(IndicatorReportSchema, text)` reads it back.
 *
 * Interpretation: a record kind is given when its field of `data` is present (an empty array is
 * given: the indicator computes, with zeros); an indicator is skipped only for a missing required
 * kind. Errors of the records themselves (mixed currencies, an unknown stage) are thrown, not
 * skipped: a report does not hide them.
 *
 * @param data - the records by kind ({@link IndicatorData})
 * @param options - `period`, `asOf`, optional `ids` and the report's calendar and money options
 * @returns the {@link IndicatorReport}
 * @throws {@link InvalidArgumentError} for options that are not an object, an unknown or malformed
 *   option, a period label or date that does not read, or data that is not an object
 * @throws {@link UnknownIndicatorError} for an id in `ids` that no indicator has
 * @throws whatever an indicator throws for these records (`MixedCurrencyError`, `UnknownStageError`...)
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
 * report.results.map((entry) => entry.id);
 * //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals", ...,
 * //    "new-customer-revenue", "customer-renewal-rate", "new-vs-existing-revenue", "attainment-distribution", ...,
 * //    "visited-customers", "visit-duration", "service-cancellations", "revenue-per-month-per-seller", "hours-sold",
 * //    "representation-expense-ratio", "margin-to-commercial-expenses", "discounts", ...]
 * const { deals, stageProbabilities } = data;
 * const dealsOnly = computeReport({ deals, stageProbabilities }, { period: "2026-Q2", asOf: "2026-06-15" });
 * dealsOnly.results.map((entry) => entry.id); //=> ["pipeline", "lost-deals", ...]
 * dealsOnly.skipped[0]; //=> { id: "revenue-vs-target", missing: ["order", "revenue-target"] }
 * dealsOnly.skipped.find((entry) => entry.id === "attainment-distribution");
 * //=> { id: "attainment-distribution", missing: ["order", "revenue-target"] }
 * const back = resultFromJSON(IndicatorReportSchema, JSON.stringify(report));
 * JSON.stringify(back) === JSON.stringify(report); //=> true
 * ```
 * @category Catalogue
 */
export function computeReport(data: IndicatorData, options: ReportOptions): IndicatorReport {
  const checked = checkOptions(reportFailure, reportOptionsSchema, options);
  const records = dataObject(data, "computeReport");
  const { period: periodInput, asOf: asOfInput, ids, ...common } = checked;
  const period = readPeriod(reportFailure, "period", periodInput, calendarOf(common));
  const asOf = readInstant(reportFailure, "asOf", asOfInput, common.timeZone ?? period.timeZone);
  const wanted = ids === undefined ? undefined : new Set(ids.map((id) => definitionOf(id).id));
  const request: ReportRequest = { period, asOf, ...common };
  const results: ReportResult[] = [];
  const skipped: ReportSkipped[] = [];
  for (const { id } of INDICATOR_DEFINITIONS) {
    if (wanted !== undefined && !wanted.has(id)) continue;
    const definition = definitionOf(id);
    const missing = missingRecords(records, definition.requires);
    if (missing.length > 0) {
      skipped.push({ id, missing });
      continue;
    }
    const indicatorOptions = checkOptions(
      (option, problem) => reportFailure(`${id}.${option}`, problem),
      definition.options,
      definition.reportOptions(request, records),
    );
    results.push({ id, result: definition.compute(records, indicatorOptions) } as ReportResult);
  }
  // Bounds first, as the JSON schema reads them back, so a report and its copy write the same text.
  const { start, end, label, timeZone } = period;
  const read: Period = {
    start,
    end,
    ...(label === undefined ? {} : { label }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
  return { period: read, asOf, results, skipped };
}

const RECORD_KINDS = Object.keys(RECORD_DATA_KEYS) as [RecordKind, ...RecordKind[]];

const reportResultSchema = z.discriminatedUnion(
  "id",
  INDICATOR_DEFINITIONS.map((definition) => z.object({ id: z.literal(definition.id), result: definition.result })) as [
    z.ZodObject<{ id: z.ZodLiteral<string>; result: z.ZodType }>,
    ...z.ZodObject<{ id: z.ZodLiteral<string>; result: z.ZodType }>[],
  ],
);

/**
 * Zod schema of an {@link IndicatorReport} as JSON: use it with `resultFromJSON` to read a report
 * back (each result by its indicator's own result schema).
 *
 * @example
 * ```ts
 * const report = computeReport({ deals: [] }, { period: "2026-Q2", asOf: "2026-06-15" });
 * const back = resultFromJSON(IndicatorReportSchema, JSON.stringify(report));
 * back.asOf; //=> 2026-06-15T00:00:00.000Z
 * back.results.map((entry) => entry.id); //=> ["pipeline", "lost-deals", ...]
 * ```
 * @category Catalogue
 */
export const IndicatorReportSchema: z.ZodType<IndicatorReport> = z.object({
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema,
  results: z.array(reportResultSchema),
  skipped: z.array(z.object({ id: z.string(), missing: z.array(z.enum(RECORD_KINDS)) })),
}) as z.ZodType<IndicatorReport>;
