import { InvalidArgumentError } from "../errors/index.js";
import { checkOptions, indicatorFailure } from "./_optionFields.js";
import { dataObject, missingRecords } from "./_data.js";
import { definitionOf } from "./_definitions.js";
import type { IndicatorData } from "./indicatorData.js";
import { RECORD_DATA_KEYS } from "./indicatorData.js";
import type { AnyIndicatorResult, IndicatorId, IndicatorOptionsOf, IndicatorResultOf } from "./registry.js";

/**
 * The id parameter of {@link computeIndicator}: a literal must be a known id (a typo does not
 * compile); a `string` known only at run time is accepted and checked then.
 * @category Catalogue
 */
export type ComputeId<Id extends string> = Id extends IndicatorId ? Id : string extends Id ? Id : IndicatorId;

/** The options {@link computeIndicator} takes for `Id`; `unknown` for an id known only at run time. @category Catalogue */
export type ComputeOptions<Id extends string> = Id extends IndicatorId ? IndicatorOptionsOf<Id> : unknown;

/** The result {@link computeIndicator} returns for `Id`; any indicator's for an id known only at run time. @category Catalogue */
export type ComputeResult<Id extends string> = Id extends IndicatorId ? IndicatorResultOf<Id> : AnyIndicatorResult;

/**
 * Computes an indicator by its catalogue id (spec section 5): the records come from `data` (each
 * indicator reads the kinds it needs), the options are the indicator's own less those records.
 * Typed per id: a literal id takes that indicator's options (a wrong one does not compile) and
 * returns its result type. Checked at run time too, with the indicator's zod schema, for callers
 * without types (JSON, a command line): periods may be labels (`"2026-Q2"`, read by `parsePeriod`
 * in the options' `timeZone` and `fiscalYearStartMonth`) or `{ start, end }` ISO strings, `asOf`
 * an ISO string, decimals strings. The result is the one the indicator's own function returns for
 * the same records and options.
 *
 * Interpretation: `computeIndicator` computes the form each entry names (`revenueVsTarget`, not its
 * series or grouped forms; `revenuePerSeller` per seller); the other forms stay with their functions.
 *
 * @param id - the indicator's catalogue id (see `listIndicators`)
 * @param data - the records by kind ({@link IndicatorData}); a generated sample dataset is one
 * @param options - the indicator's options (see `IndicatorOptionsOf<Id>`)
 * @returns the indicator's result
 * @throws {@link UnknownIndicatorError} for an id no indicator has (naming it and the known ids)
 * @throws {@link InvalidIndicatorOptionsError} naming the id and the option, for an unknown option,
 *   a missing one, a value of the wrong form, or a period label or date that does not read
 * @throws {@link InvalidArgumentError} when `data` is not an object or lacks a record kind the
 *   indicator requires; and whatever the indicator's own function throws for these records and
 *   options (its checks, `MixedCurrencyError`, `UnknownStageError`...)
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * const result = computeIndicator("lost-deals", data, { range: "2026-Q2", asOf: "2026-06-15" });
 * result.indicator; //=> "lost-deals"
 * result.buckets.map((bucket) => bucket.label); //=> ["2026-04", "2026-05", "2026-06"]
 * result.totals.lostCount === lostDeals(data.deals, {
 *   range: parsePeriod("2026-Q2"), asOf: data.asOf, reasonCategories: data.lossReasonCategories, sellers: data.sellers,
 * }).totals.lostCount; //=> true
 * computeIndicator("lost-deals", data, { range: "2026-Q2", horizon: 3 } as never);
 * //=> throws InvalidIndicatorOptionsError
 * ```
 * @category Catalogue
 */
export function computeIndicator<const Id extends string>(
  id: ComputeId<Id>,
  data: IndicatorData,
  options: ComputeOptions<Id>,
): ComputeResult<Id> {
  const definition = definitionOf(id);
  const records = dataObject(data, "computeIndicator");
  const missing = missingRecords(records, definition.requires);
  if (missing.length > 0) {
    throw new InvalidArgumentError(
      `indicator ${JSON.stringify(definition.id)} needs ${missing.map((kind) => `data.${RECORD_DATA_KEYS[kind]}`).join(" and ")}`,
    );
  }
  const checked = checkOptions(indicatorFailure(definition.id), definition.options, options);
  return definition.compute(records, checked) as ComputeResult<Id>;
}
