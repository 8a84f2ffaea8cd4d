import type { CatalogueEntry } from "../catalogue.js";

/**
 * The catalogue entries of the article's operational indicators computed from activities, orders
 * and expenses (spec section 3, rows 1, 2, 3, 6, 7, 8, 9 and 18), in the article's order.
 *
 * @example
 * ```ts
 * OPERATIONS_ENTRIES.map((entry) => entry.id);
 * //=> ["visited-customers", "visit-duration", "service-cancellations", "revenue-per-month-per-seller", "hours-sold",
 * //    "representation-expense-ratio", "margin-to-commercial-expenses", "discounts"]
 * ```
 * @category Catalogue
 */
export const OPERATIONS_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "visited-customers",
    label: { en: "Customers visited each week", fr: "Nombre de clients visités chaque semaine" },
    description: {
      en: "Distinct customers with a done visit, per ISO week and seller.",
      fr: "Clients distincts ayant reçu une visite réalisée, par semaine ISO et par vendeur.",
    },
    formula: {
      en: "distinct customerId of done activities of type visit, per week",
      fr: "nombre de customerId distincts des activités de type visite réalisées, par semaine",
    },
    unit: "count",
    direction: "higher-is-better",
    defaultGrain: "week",
    defaultThresholds: null,
    records: ["activity", "seller"],
    compute: "visitedCustomers",
    formatter: "number",
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "visit-duration",
    label: { en: "Time spent per visit", fr: "Temps moyen passé par visite" },
    description: {
      en: "Mean and median length of done visits, in hours; visits without a duration are counted apart.",
      fr: "Durée moyenne et médiane des visites réalisées, en heures ; les visites sans durée sont comptées à part.",
    },
    formula: {
      en: "mean = sum of durationMinutes / visits with a duration; median of the same durations",
      fr: "moyenne = somme des durées / visites ayant une durée ; médiane des mêmes durées",
    },
    unit: "duration",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["activity", "seller"],
    compute: "visitDuration",
    formatter: "duration",
    reasons: ["no-duration"],
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "service-cancellations",
    label: { en: "Appointments cancelled by the service", fr: "Rendez-vous annulés en raison du service" },
    description: {
      en: "Meetings and visits cancelled with cause service per month, and their share of all scheduled ones.",
      fr: "Rendez-vous et visites annulés pour cause de service par mois, et leur part dans tous les rendez-vous prévus.",
    },
    formula: {
      en: "count of cancelled meetings and visits with cause service; share = that count / all meetings and visits dated in the month",
      fr: "nombre de rendez-vous et visites annulés pour cause de service ; part = ce nombre / tous les rendez-vous et visites du mois",
    },
    unit: "count",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["activity", "seller"],
    compute: "serviceCancellations",
    formatter: "number",
    reasons: ["no-scheduled"],
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "revenue-per-month-per-seller",
    label: { en: "Revenue per month and per seller", fr: "CA par mois et par vendeur" },
    description: {
      en: "Revenue per seller over time (2.2) read month by month.",
      fr: "Le CA par vendeur (2.2) lu mois par mois.",
    },
    formula: {
      en: "revenue per seller (2.2) with grain month",
      fr: "CA par vendeur (2.2) avec une granularité mensuelle",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "seller", "revenue-target", "activity"],
    compute: "revenuePerSeller",
    readingOf: { id: "revenue-per-seller", options: { grain: "month" } },
    formatter: "money",
    reasons: [
      "no-target",
      "no-previous",
      "zero-previous",
      "negative-previous",
      "insufficient-history",
      "no-baseline",
      "no-activities",
    ],
    warnings: ["as-of-before-range", "partial-range", "quadrants-on-realized"],
    flags: ["drop", "exceptional", "insufficient-history", "no-baseline", "partial", "not-started"],
  },
  {
    id: "hours-sold",
    label: { en: "Production hours sold", fr: "Nombre total d'heures de production vendues" },
    description: {
      en: "Hours of production sold on the orders of the period; orders without hours are counted apart.",
      fr: "Heures de production vendues sur les commandes de la période ; les commandes sans heures sont comptées à part.",
    },
    formula: { en: "sum of hoursSold of the orders", fr: "somme des heures vendues des commandes" },
    unit: "hours",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "seller"],
    compute: "hoursSold",
    formatter: "number",
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "representation-expense-ratio",
    label: { en: "Representation expenses / revenue", fr: "Variation des frais de représentation / CA" },
    description: {
      en: "Representation expenses over revenue per period, and its change against the previous period.",
      fr: "Frais de représentation rapportés au CA par période, et leur variation d'une période à l'autre.",
    },
    formula: {
      en: "ratio = representation expenses / revenue; change = ratio - previous period's ratio",
      fr: "ratio = frais de représentation / CA ; variation = ratio - ratio de la période précédente",
    },
    unit: "ratio",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["expense", "order", "seller"],
    compute: "representationExpenseRatio",
    formatter: "percent",
    reasons: ["no-revenue", "no-previous", "no-ratio"],
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "margin-to-commercial-expenses",
    label: { en: "Order margin / commercial expenses", fr: "Marge sur commandes / frais commerciaux engagés" },
    description: {
      en: "Margin earned on orders for each unit of commercial expense.",
      fr: "Marge réalisée sur les commandes pour chaque euro de frais commerciaux engagés.",
    },
    formula: {
      en: "sum of order margins / sum of commercial expenses (all categories unless narrowed)",
      fr: "somme des marges des commandes / somme des frais commerciaux (toutes catégories sauf restriction)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "expense", "seller"],
    compute: "marginToCommercialExpenses",
    formatter: "ratio",
    reasons: ["no-expenses"],
    warnings: ["partial-range", "range-not-started"],
  },
  {
    id: "discounts",
    label: { en: "Discounts granted", fr: "Montant de la remise" },
    description: {
      en: "Sum of the discounts granted on orders, and the discount rate over the amount before discount.",
      fr: "Somme des remises accordées sur les commandes, et taux de remise sur le montant avant remise.",
    },
    formula: {
      en: "discounts = sum of discount; rate = discounts / gross amount before discount",
      fr: "remises = somme des remises ; taux = remises / montant brut avant remise",
    },
    unit: "money",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "seller"],
    compute: "discounts",
    formatter: "money",
    reasons: ["no-gross-amount"],
    warnings: ["partial-range", "range-not-started"],
  },
]);
