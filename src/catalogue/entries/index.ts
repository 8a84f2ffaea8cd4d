/**
 * The catalogue: every indicator's entry, each group's from its own file of this folder. A group
 * adds its file's entries here, after the headline ones (one spread), and its definitions to
 * `INDICATOR_DEFINITIONS` (`src/catalogue/registry.ts`).
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";
import { CUSTOMER_ENTRIES } from "./customers.js";
import { HEADLINE_ENTRIES } from "./headline.js";
import { OPERATIONS_ENTRIES } from "./operations.js";

/**
 * The catalogue of indicators, as data (spec section 5): the five headline indicators of the
 * source article, in the article's order, then the extended ones by group.
 *
 * @example
 * ```ts
 * CATALOGUE.map((entry) => entry.id);
 * //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals", ...,
 * //    "new-customer-revenue", "customer-renewal-rate", "new-vs-existing-revenue", "attainment-distribution", ...,
 * //    "visited-customers", "visit-duration", "service-cancellations", "revenue-per-month-per-seller", "hours-sold",
 * //    "representation-expense-ratio", "margin-to-commercial-expenses", "discounts", ...]
 * ```
 * @category Catalogue
 */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([
  ...HEADLINE_ENTRIES,
  ...CUSTOMER_ENTRIES,
  ...OPERATIONS_ENTRIES,
]);
