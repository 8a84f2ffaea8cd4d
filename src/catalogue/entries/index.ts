/**
 * The catalogue: every indicator's entry, each group's from its own file of this folder. A group
 * adds its file's entries here, after the headline ones (one spread), and its definitions to
 * `INDICATOR_DEFINITIONS` (`src/catalogue/registry.ts`).
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";
import { CUSTOMER_ENTRIES } from "./customers.js";
import { DEAL_ENTRIES } from "./deals.js";
import { HEADLINE_ENTRIES } from "./headline.js";
import { SALES_FLOW_ENTRIES } from "./salesFlow.js";
import { SERVICE_CATALOGUE_ENTRIES } from "./service.js";
import { OPERATIONS_ENTRIES } from "./operations.js";

/**
 * The catalogue of indicators, as data (spec section 5): the five headline indicators of the
 * source article, in the article's order, then the extended ones by group.
 *
 * @example
 * ```ts
 * const ids = CATALOGUE.map((entry) => entry.id);
 * ids.slice(0, 5); //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals"]
 * ids.includes("negotiations") && ids.includes("new-customer-revenue") && ids.includes("win-rate") && ids.includes("delivery-lead-time") && ids.includes("hours-sold"); //=> true
 * ```
 * @category Catalogue
 */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([
  ...HEADLINE_ENTRIES,
  ...SALES_FLOW_ENTRIES,
  ...CUSTOMER_ENTRIES,
  ...DEAL_ENTRIES,
  ...SERVICE_CATALOGUE_ENTRIES,
  ...OPERATIONS_ENTRIES,
]);
