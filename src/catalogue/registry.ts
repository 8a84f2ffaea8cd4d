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
import { DEAL_DEFINITIONS } from "./definitions/deals.js";
import { HEADLINE_DEFINITIONS } from "./definitions/headline.js";
import { SALES_FLOW_DEFINITIONS } from "./definitions/salesFlow.js";
import { SERVICE_DEFINITIONS } from "./definitions/service.js";
import { OPERATIONS_DEFINITIONS } from "./definitions/operations.js";

/**
 * Every indicator definition, one per catalogue entry (a test holds both directions).
 *
 * @example
 * ```ts
 * const ids = INDICATOR_DEFINITIONS.map((definition) => definition.id);
 * ids.slice(0, 5); //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals"]
 * ids.includes("negotiations") && ids.includes("new-customer-revenue") && ids.includes("win-rate") && ids.includes("delivery-lead-time") && ids.includes("hours-sold"); //=> true
 * INDICATOR_DEFINITIONS.find((definition) => definition.id === "lost-deals")?.requires; //=> ["deal"]
 * ```
 * @category Catalogue
 */
export const INDICATOR_DEFINITIONS = Object.freeze([
  ...HEADLINE_DEFINITIONS,
  ...SALES_FLOW_DEFINITIONS,
  ...CUSTOMER_DEFINITIONS,
  ...DEAL_DEFINITIONS,
  ...SERVICE_DEFINITIONS,
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
