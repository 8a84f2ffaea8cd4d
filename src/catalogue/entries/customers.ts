/**
 * Catalogue entries of the customer and attainment indicators: new customer revenue (tarif
 * nouveau client) and the customer renewal rate (the article's operational indicators 10 and 11),
 * new versus existing customer revenue and the attainment distribution (spec section 4).
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";

/**
 * The customer and attainment entries, in the order of the spec (section 3 rows 10 and 11, then
 * section 4).
 *
 * @example
 * ```ts
 * CUSTOMER_ENTRIES.map((e) => [e.id, e.compute]);
 * //=> [["new-customer-revenue", "newCustomerRevenue"], ["customer-renewal-rate", "renewalRate"],
 * //    ["new-vs-existing-revenue", "newVsExistingRevenue"], ["attainment-distribution", "attainmentDistribution"]]
 * ```
 * @category Catalogue
 */
export const CUSTOMER_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "new-customer-revenue",
    label: { en: "New customer revenue", fr: "Tarif nouveau client" },
    description: {
      en: "Mean revenue per customer whose first ever order falls in the period.",
      fr: "CA moyen par client dont la toute première commande tombe dans la période.",
    },
    formula: {
      en: "revenue of the period's orders of new customers / number of new customers; new = first order of the whole history in the period",
      fr: "CA des commandes de la période des nouveaux clients / nombre de nouveaux clients ; nouveau = première commande de tout l'historique dans la période",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "seller"],
    compute: "newCustomerRevenue",
    group: "operational",
    headline: { path: ["meanRevenuePerNewCustomer"] },
    formatter: "money",
    reasons: ["no-new-customers"],
    warnings: ["orders-without-customer", "history-starts-in-period", "partial-period"],
  },
  {
    id: "customer-renewal-rate",
    label: { en: "Customer renewal rate", fr: "Taux de renouvellement des commandes clients" },
    description: {
      en: "Share of the previous period's customers who ordered again in this one.",
      fr: "Part des clients de la période précédente qui ont de nouveau commandé dans celle-ci.",
    },
    formula: {
      en: "customers with orders in the previous period and in this one / customers of the previous period; previous = same calendar length just before",
      fr: "clients ayant commandé dans la période précédente et dans celle-ci / clients de la période précédente ; précédente = même durée calendaire juste avant",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["order", "seller"],
    compute: "renewalRate",
    group: "operational",
    headline: { path: ["rate"] },
    formatter: "percent",
    reasons: ["no-previous-customers", "not-started"],
    warnings: ["orders-without-customer", "partial-period"],
  },
  {
    id: "new-vs-existing-revenue",
    label: { en: "New versus existing customer revenue", fr: "CA nouveaux clients / clients existants" },
    description: {
      en: "The period's revenue from customers won in it against the revenue from customers already there, with their counts.",
      fr: "CA de la période des clients gagnés dans la période face à celui des clients déjà acquis, avec leur nombre.",
    },
    formula: {
      en: "new = customers whose first order falls in the period; new share = new customers' revenue / (new + existing customers' revenue)",
      fr: "nouveaux = clients dont la première commande tombe dans la période ; part des nouveaux = CA des nouveaux / (CA des nouveaux + CA des existants)",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["order", "seller"],
    compute: "newVsExistingRevenue",
    group: "crm",
    headline: { path: ["newCustomers", "revenue"] },
    formatter: "money",
    reasons: ["no-customer-revenue"],
    warnings: ["orders-without-customer", "history-starts-in-period", "partial-period"],
  },
  {
    id: "attainment-distribution",
    label: { en: "Attainment distribution", fr: "Répartition de l'atteinte des objectifs" },
    description: {
      en: "Share of sellers at or above target, and how many fall in each attainment band.",
      fr: "Part des vendeurs ayant atteint leur objectif, et nombre de vendeurs par tranche d'atteinte.",
    },
    formula: {
      en: "share = sellers with attainment >= 1 / sellers with a target; bands below 0.5, [0.5, 0.8), [0.8, 1), [1, 1.2], above 1.2",
      fr: "part = vendeurs avec atteinte >= 1 / vendeurs avec un objectif ; tranches sous 0,5, [0,5 ; 0,8), [0,8 ; 1), [1 ; 1,2], au-dessus de 1,2",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["order", "revenue-target", "seller"],
    compute: "attainmentDistribution",
    group: "crm",
    headline: { path: ["atOrAboveTarget"] },
    formatter: "percent",
    reasons: ["no-sellers-with-target", "no-target"],
    warnings: ["partial-period", "targets-without-group"],
  },
]);
