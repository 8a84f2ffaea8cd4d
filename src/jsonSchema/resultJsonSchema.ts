/**
 * The JSON Schema of each catalogue indicator's result, and of a report, in their JSON form.
 *
 * @module
 */
import { IndicatorReportSchema } from "../catalogue/computeReport.js";
import { definitionOf } from "../catalogue/_definitions.js";
import { getIndicator } from "../catalogue/listIndicators.js";
import type { IndicatorId } from "../catalogue/registry.js";
import { toJsonSchema, type JsonSchema } from "../model/jsonSchema.js";

const JSON_FORM =
  "decimals are texts (all their digits, or the significant digits resultToJSON's precision keeps in ratios), instants UTC ISO 8601 texts";

/**
 * The JSON Schema (draft 2020-12) of the JSON form of one catalogue indicator's result: what
 * `JSON.stringify(result)` and `resultToJSON(result)` write, and what `resultFromJSON` reads back
 * with the indicator's result schema, from which it is derived.
 *
 * Interpretation: it is the result schema's JSON side, so keys a result does not have are allowed
 * (the zod schemas strip them), a decimal is a text even where it is a whole number, and an instant
 * out of the `Date` range, which the pattern admits, is left to `resultFromJSON` to refuse.
 *
 * @param id - the indicator's catalogue id
 * @returns a new JSON Schema object, titled with the indicator's English label
 * @throws {@link UnknownIndicatorError} for an id no indicator has
 * @example
 * ```ts
 * const schema = resultJsonSchema("pipeline");
 * schema.title; //=> "Weighted pipeline"
 * (schema.properties as Record<string, JsonSchema>).indicator; //=> { type: "string", const: "pipeline" }
 * ```
 * @category JSON Schema
 */
export function resultJsonSchema(id: IndicatorId): JsonSchema {
  const definition = definitionOf(id);
  const title = getIndicator(definition.id).label.en;
  return toJsonSchema(definition.result, {
    title,
    description: `A result of the indicator ${definition.id} (${title}) as JSON: ${JSON_FORM}.`,
  });
}

/**
 * The JSON Schema (draft 2020-12) of a report's JSON form: what `JSON.stringify` writes for
 * `computeReport`'s document, each result by its indicator's schema (`IndicatorReportSchema`).
 *
 * @returns a new JSON Schema object
 * @example
 * ```ts
 * reportJsonSchema().required; //=> ["period", "asOf", "results", "skipped"]
 * ```
 * @category JSON Schema
 */
export function reportJsonSchema(): JsonSchema {
  return toJsonSchema(IndicatorReportSchema, {
    title: "Indicator report",
    description: `A report of computeReport as JSON: its period, asOf, the results by indicator id and the indicators skipped; ${JSON_FORM}.`,
  });
}
