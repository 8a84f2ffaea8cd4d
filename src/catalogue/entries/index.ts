/**
 * The catalogue: every indicator's entry, each group's from its own file of this folder. A group
 * adds its file's entries here, after the headline ones (one spread), and its definitions to
 * `INDICATOR_DEFINITIONS` (`src/catalogue/registry.ts`).
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";
import { HEADLINE_ENTRIES } from "./headline.js";
import { SERVICE_CATALOGUE_ENTRIES } from "./service.js";

/**
 * The catalogue of indicators, as data (spec section 5): the five headline indicators of the
 * source article, in the article's order, then the extended ones by group.
 *
 * @example
 * ```ts
 * CATALOGUE.map((entry) => entry.id);
 * //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals", ..., "customer-satisfaction", "complaints-per-intervention", "delivery-lateness", "penalty-amount", "non-conforming-deliveries", "delivery-lead-time", ...]
 * ```
 * @category Catalogue
 */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([...HEADLINE_ENTRIES, ...SERVICE_CATALOGUE_ENTRIES]);
