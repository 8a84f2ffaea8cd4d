/**
 * What the catalogue knows of an indicator besides its entry: how to check its options, which
 * records it cannot do without, how to compute it from an {@link IndicatorData} object, and which
 * options it takes in a report.
 *
 * @module
 */
import type * as z from "zod";
import type { ExchangeRates } from "../money/exchangeRates.js";
import type { DayCount, Period } from "../period/types.js";
import type { RecordKind } from "./catalogue.js";
import type { IndicatorData } from "./indicatorData.js";

/**
 * What `computeReport` asks of every indicator, read and checked: the period, "now", and the
 * calendar and money options of the whole report.
 * @category Catalogue
 */
export interface ReportRequest {
  /** The `[start, end)` period of the report (the range of the indicators read over buckets). */
  readonly period: Period;
  /** "Now": records dated at or after it do not count; the pipeline is read at it. */
  readonly asOf: Date;
  /** IANA zone of the report; absent: the period's zone, else UTC. */
  readonly timeZone?: string;
  /** Month in which the fiscal year starts (1-12). */
  readonly fiscalYearStartMonth?: number;
  /** Currency of the results. */
  readonly currency?: string;
  /** Exchange rates to `currency`. */
  readonly exchangeRates?: ExchangeRates;
  /** Calendar or business days in proration and elapsed fractions. */
  readonly dayCount?: DayCount;
}

/**
 * An indicator as the catalogue computes it: the one definition a new indicator adds (beside its
 * catalogue entry) to be listed with what it needs, computed by id and included in reports.
 *
 * @typeParam Id - its catalogue id (the entry's `id`, the result's `indicator`)
 * @typeParam Options - its options as `computeIndicator` takes them: those of its function, less
 *   the records (they come from the data object), with periods and instants also as text
 * @typeParam Result - its result (that of its function)
 * @category Catalogue
 */
export interface IndicatorDefinition<Id extends string = string, Options extends object = object, Result = unknown> {
  /** The catalogue id; the catalogue holds exactly one entry with it. */
  readonly id: Id;
  /** The public function that computes it, the one the entry's `compute` names. */
  readonly fn: (...args: never[]) => unknown;
  /** The record kinds without which it is not computed (the first ones of the entry's `records`). */
  readonly requires: readonly RecordKind[];
  /** Zod schema of its options, strict (an unknown option is an error); its output is `Options`. */
  readonly options: z.ZodType<Options>;
  /** Zod schema of its result as JSON, for `resultFromJSON`. */
  readonly result: z.ZodType<Result>;
  /**
   * Computes it: reads the records from `data`, calls {@link IndicatorDefinition.fn}.
   *
   * @param data - the records (the required kinds are present)
   * @param options - options the schema accepted
   * @returns the result of the function
   */
  compute(data: IndicatorData, options: Options): Result;
  /**
   * Its options in a report: the report's period, `asOf` and calendar, and the defaults of its entry.
   *
   * @param request - the report's period, asOf, calendar and money options
   * @param data - the records (the required kinds are present), when an option depends on which are
   * @returns options its schema accepts
   */
  reportOptions(request: ReportRequest, data: IndicatorData): Options;
}

/**
 * Declares an indicator's definition, keeping its id, options and result types (so
 * `computeIndicator` is typed per id). The definition is frozen.
 *
 * @param definition - the definition
 * @returns the same definition, frozen
 * @throws never
 * @example
 * ```ts
 * const lost = HEADLINE_DEFINITIONS[4];
 * lost.id; //=> "lost-deals"
 * lost.fn === lostDeals; //=> true
 * lost.requires; //=> ["deal"]
 * Object.isFrozen(lost); //=> true
 * ```
 * @category Catalogue
 */
export function defineIndicator<const Id extends string, Options extends object, Result>(
  definition: IndicatorDefinition<Id, Options, Result>,
): IndicatorDefinition<Id, Options, Result> {
  return Object.freeze({ ...definition });
}
