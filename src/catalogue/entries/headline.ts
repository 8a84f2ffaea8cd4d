/**
 * The catalogue entries of the five headline indicators of the source article ("Les 5 indicateurs
 * CRM BToB indispensables"), in the article's order.
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";

/**
 * The entries of the five headline indicators (spec section 2), in the article's order.
 *
 * @example
 * ```ts
 * HEADLINE_ENTRIES.map((entry) => entry.compute);
 * //=> ["revenueVsTarget", "revenuePerSeller", "pipeline", "activityRate", "lostDeals"]
 * ```
 * @category Catalogue
 */
export const HEADLINE_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "revenue-vs-target",
    label: { en: "Revenue versus target", fr: "CA réalisé / objectifs" },
    description: {
      en: "Revenue achieved against the prorated target, with pace and run-rate projection.",
      fr: "Chiffre d'affaires réalisé par rapport aux objectifs, avec rythme et projection.",
    },
    formula: {
      en: "attainment = realized / prorated target; pace = realized / (target x elapsed fraction)",
      fr: "atteinte = CA réalisé / objectif proratisé ; rythme = CA réalisé / (objectif x fraction écoulée)",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: { good: "1", watch: "0.8" },
    records: ["order", "revenue-target", "seller"],
    compute: "revenueVsTarget",
    group: "headline",
    headline: { path: ["realized"] },
    formatter: "money",
    reasons: ["no-target", "not-started"],
    warnings: ["targets-below-scope"],
  },
  {
    id: "revenue-per-seller",
    label: { en: "Revenue per seller over time", fr: "CA par vendeur" },
    description: {
      en: "Each seller's revenue per bucket, with changes, drop and exceptional flags, and effort versus result.",
      fr: "CA de chaque vendeur par période, variations, baisses de cadence, résultats exceptionnels, effort et résultat.",
    },
    formula: {
      en: "realized per seller per bucket; drop when below trailing mean x (1 - 0.3), exceptional when above trailing mean x (1 + 0.5)",
      fr: "CA par vendeur et par période ; baisse sous la moyenne glissante x (1 - 0,3), exceptionnel au-dessus de la moyenne x (1 + 0,5)",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "seller", "revenue-target", "activity"],
    compute: "revenuePerSeller",
    group: "headline",
    headline: { path: ["sellers"], meanOf: "total" },
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
    id: "pipeline",
    label: { en: "Weighted pipeline", fr: "Pipeline commercial" },
    description: {
      en: "Open deals at a date by expected close, unweighted and weighted by probability, with forecast and coverage.",
      fr: "Affaires ouvertes à date par date de signature prévue, brutes et pondérées par la probabilité, prévision et couverture.",
    },
    formula: {
      en: "weighted = amount x probability; forecast = realized to date + weighted pipeline expected before period end",
      fr: "pondéré = montant x probabilité ; prévision = CA réalisé à date + pipeline pondéré attendu avant la fin de période",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["deal", "order", "revenue-target", "seller"],
    compute: "pipeline",
    group: "headline",
    headline: { path: ["totals", "weighted"] },
    formatter: "money",
    reasons: ["no-target", "no-remaining-target"],
    warnings: ["forecast-period-over"],
  },
  {
    id: "activity-rate",
    label: { en: "Activity rate", fr: "Taux d'activité" },
    description: {
      en: "Done commercial actions per seller and type against activity targets.",
      fr: "Actions commerciales réalisées par vendeur et par type, comparées aux objectifs d'activité.",
    },
    formula: {
      en: "rate = done activities / prorated activity target; overall = done over targeted types / sum of their targets; a running period is judged on pace = done / (target x elapsed fraction)",
      fr: "taux = actions réalisées / objectif d'activité proratisé ; global = réalisées des types ciblés / somme de leurs objectifs ; une période en cours est jugée sur le rythme = réalisées / (objectif x fraction écoulée)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: { good: "1", watch: "0.8" },
    records: ["activity", "activity-target", "seller"],
    compute: "activityRate",
    group: "headline",
    headline: { path: ["overall"] },
    formatter: "percent",
    reasons: ["no-target", "not-started"],
    warnings: ["short-window", "targets-below-scope"],
  },
  {
    id: "lost-deals",
    label: { en: "Lost deals", fr: "Volume des affaires perdues" },
    description: {
      en: "Lost deals per period, loss rates, reasons, competitors and spikes.",
      fr: "Affaires perdues par période, taux de perte, motifs, concurrents et pics.",
    },
    formula: {
      en: "loss rate = lost / (won + lost) closed in the bucket; spike when lost >= 2 and > mean + 2 x std of the previous 6 buckets",
      fr: "taux de perte = perdues / (gagnées + perdues) ; pic si perdues >= 2 et > moyenne + 2 x écart type des 6 périodes précédentes",
    },
    unit: "count",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["deal", "seller"],
    compute: "lostDeals",
    group: "headline",
    headline: { path: ["totals", "lostCount"] },
    formatter: "number",
    reasons: ["no-closed-deals", "no-closed-value"],
    warnings: ["partial-range", "range-not-started"],
    flags: ["spike", "insufficient-history", "partial", "not-started"],
  },
]);
