/**
 * `crm-kpi/sample`: a seeded, realistic sample dataset (sellers, teams, orders with credit notes,
 * targets, deals, activities, in EUR) so the library can be tried without downloading anything.
 *
 * @example
 * ```ts
 * import { generateSampleDataset, toRawRows, SAMPLE_AS_OF } from "crm-kpi/sample";
 * const data = generateSampleDataset({ seed: 42 });
 * data.orders.length; //=> 4000
 * ```
 *
 * @module
 */
export * from "./sample/index.js";
