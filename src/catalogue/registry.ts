/**
 * Every indicator definition the catalogue computes, and the types `computeIndicator` reads from
 * them: the ids, and each id's options and result.
 *
 * A group of indicators adds its definitions file (`src/catalogue/definitions/<group>.ts`,
 * exporting its definitions `as const`) to {@link INDICATOR_DEFINITIONS}: one spread, and every
 * id, option and result type follows.
 *
 * @module
 */
import { CUSTOMER_DEFINITIONS } from "./definitions/customers.js";
import { HEADLINE_DEFINITIONS } from "./definitions/headline.js";
import { OPERATIONS_DEFINITIONS } from "./definitions/operations.js";

/**
 * Every indicator definition, one per catalogue entry (a test holds both directions).
 *
 * @example
 * ```ts
 * INDICATOR_DEFINITIONS.map((definition) => definition.id);
 * //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals", ...,
 * //    "new-customer-revenue", "customer-renewal-rate", "new-vs-existing-revenue", "attainment-distribution", ...,
 * //    "visited-customers", "visit-duration", "service-cancellations", "revenue-per-month-per-seller", "hours-sold",
 * //    "representation-expense-ratio", "margin-to-commercial-expenses", "discounts", ...]
 * INDICATOR_DEFINITIONS.find((definition) => definition.id === "lost-deals")?.requires; //=> ["deal"]
 * ```
 * @category Catalogue
 */
export const INDICATOR_DEFINITIONS = Object.freeze([
  ...HEADLINE_DEFINITIONS,
  ...CUSTOMER_DEFINITIONS,
  ...OPERATIONS_DEFINITIONS,
] as const);

/** Any one of the registered definitions. @category Catalogue */
export type AnyIndicatorDefinition = (typeof INDICATOR_DEFINITIONS)[number];

/** The id of an indicator the catalogue computes: `"revenue-vs-target"`, `"pipeline"`... @category Catalogue */
export type IndicatorId = AnyIndicatorDefinition["id"];

/** The definition of the indicator `Id`. @category Catalogue */
export type IndicatorDefinitionOf<Id extends IndicatorId> = Extract<
  AnyIndicatorDefinition,
  {
    /** The id looked for. */
    readonly id: Id;
  }
>;

/** The options `computeIndicator` takes for the indicator `Id` (its schema's output). @category Catalogue */
export type IndicatorOptionsOf<Id extends IndicatorId> = Parameters<IndicatorDefinitionOf<Id>["compute"]>[1];

/** The result `computeIndicator` returns for the indicator `Id`. @category Catalogue */
export type IndicatorResultOf<Id extends IndicatorId> = ReturnType<IndicatorDefinitionOf<Id>["compute"]>;

/** The result of any indicator of the catalogue (each says which in its `indicator` field). @category Catalogue */
export type AnyIndicatorResult = IndicatorResultOf<IndicatorId>;
