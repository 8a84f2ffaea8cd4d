/**
 * The catalogue entries of the deal indicators of spec section 4 (what sales teams expect from the
 * big CRMs): win rate, average deal size, sales cycle length, sales velocity, pipeline coverage,
 * stage conversion, slipped deals, pipeline ageing, forecast accuracy.
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";

/**
 * The deal indicators' entries, in the order of spec section 4.
 *
 * @example
 * ```ts
 * DEAL_ENTRIES.map((entry) => entry.id);
 * //=> ["win-rate", "average-deal-size", "sales-cycle-length", "sales-velocity", "pipeline-coverage",
 * //    "stage-conversion", "slipped-deals", "pipeline-ageing", "forecast-accuracy"]
 * ```
 * @category Catalogue
 */
export const DEAL_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "win-rate",
    label: { en: "Win rate", fr: "Taux de réussite des affaires" },
    description: {
      en: "Share of the deals closed in the period that were won, by count and by value.",
      fr: "Part des affaires conclues sur la période qui ont été gagnées, en nombre et en valeur.",
    },
    formula: {
      en: "won / (won + lost) among deals closed in the period; optionally open deals idle for n days count as lost",
      fr: "gagnées / (gagnées + perdues) parmi les affaires conclues sur la période ; en option, les affaires sans activité depuis n jours comptent comme perdues",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "activity", "seller"],
    compute: "winRate",
    group: "crm",
    headline: { path: ["byCount"] },
    formatter: "percent",
    reasons: ["no-closed-deals", "no-closed-value"],
    warnings: ["partial-period"],
  },
  {
    id: "average-deal-size",
    label: { en: "Average deal size", fr: "Montant moyen des affaires gagnées" },
    description: {
      en: "Amount won per won deal in the period.",
      fr: "Montant gagné par affaire gagnée sur la période.",
    },
    formula: { en: "won amount / won count", fr: "montant gagné / nombre d'affaires gagnées" },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "seller"],
    compute: "averageDealSize",
    group: "crm",
    headline: { path: ["average"] },
    formatter: "money",
    reasons: ["no-won-deals"],
    warnings: ["partial-period"],
  },
  {
    id: "sales-cycle-length",
    label: { en: "Sales cycle length", fr: "Durée du cycle de vente" },
    description: {
      en: "Days from creation to closing of the deals won in the period, mean and median.",
      fr: "Jours entre la création et la signature des affaires gagnées sur la période, moyenne et médiane.",
    },
    formula: {
      en: "mean and median of (closedAt - createdAt) in days over won deals; null below 5 deals",
      fr: "moyenne et médiane de (date de signature - date de création) en jours des affaires gagnées ; vide sous 5 affaires",
    },
    unit: "duration",
    direction: "lower-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "seller"],
    compute: "salesCycleLength",
    group: "crm",
    headline: { path: ["mean"] },
    formatter: "duration",
    reasons: ["too-few"],
    warnings: ["partial-period"],
  },
  {
    id: "sales-velocity",
    label: { en: "Sales velocity", fr: "Vélocité commerciale" },
    description: {
      en: "Money the pipeline brings in per day, from its four factors over the same look-back range.",
      fr: "Chiffre d'affaires apporté par jour par le pipeline, à partir de ses quatre facteurs sur la même période.",
    },
    formula: {
      en: "open deals x win rate x average deal size / mean cycle length (days)",
      fr: "affaires ouvertes x taux de réussite x montant moyen / durée moyenne du cycle (jours)",
    },
    unit: "money",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "seller"],
    compute: "salesVelocity",
    group: "crm",
    headline: { path: ["velocityPerDay"] },
    formatter: "money",
    reasons: ["no-closed-deals", "no-won-deals", "too-few", "zero-cycle"],
    warnings: ["partial-period"],
  },
  {
    id: "pipeline-coverage",
    label: { en: "Pipeline coverage", fr: "Couverture du pipeline" },
    description: {
      en: "How many times the open pipeline expected before the period's end covers the remaining target.",
      fr: "Combien de fois le pipeline attendu avant la fin de période couvre l'objectif restant.",
    },
    formula: {
      en: "unweighted pipeline expected in [asOf, end) / max(target - realized, 0)",
      fr: "pipeline brut attendu dans [date, fin) / max(objectif - réalisé, 0)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "order", "revenue-target", "seller"],
    compute: "pipelineCoverage",
    group: "crm",
    headline: { path: ["coverage"] },
    formatter: "ratio",
    reasons: ["no-target", "no-remaining-target"],
    warnings: ["forecast-period-over"],
  },
  {
    id: "stage-conversion",
    label: { en: "Stage-to-stage conversion", fr: "Conversion d'étape en étape" },
    description: {
      en: "Of the deals that reached a stage, the share that reached the next one (from stage history).",
      fr: "Parmi les affaires arrivées à une étape, la part arrivée à la suivante (historique des étapes).",
    },
    formula: {
      en: "deals that reached stage k+1 (or later) / deals that reached stage k (or later)",
      fr: "affaires arrivées à l'étape k+1 (ou au-delà) / affaires arrivées à l'étape k (ou au-delà)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "stage-change", "seller"],
    compute: "stageConversion",
    group: "crm",
    headline: { path: ["overall"] },
    formatter: "percent",
    reasons: ["no-stage-history", "none-reached"],
  },
  {
    id: "slipped-deals",
    label: { en: "Slipped deals", fr: "Affaires glissées" },
    description: {
      en: "Deals whose expected close moved later in the period; without history, open deals overdue.",
      fr: "Affaires dont la date de signature prévue a été repoussée sur la période ; sans historique, affaires en retard.",
    },
    formula: {
      en: "count, value and mean days moved of deals whose expected close moved later",
      fr: "nombre, valeur et jours de report moyens des affaires dont la date prévue a été repoussée",
    },
    unit: "count",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["deal", "close-date-change", "seller"],
    compute: "slippedDeals",
    group: "crm",
    headline: { path: ["dealCount"] },
    formatter: "number",
    reasons: ["no-slipped-deals"],
  },
  {
    id: "pipeline-ageing",
    label: { en: "Pipeline ageing and stale deals", fr: "Ancienneté du pipeline et affaires dormantes" },
    description: {
      en: "Open deals by age since creation, and those with no activity for n days.",
      fr: "Affaires ouvertes par ancienneté depuis leur création, et celles sans activité depuis n jours.",
    },
    formula: {
      en: "open deals at asOf in bands 0-30, 31-60, 61-90, over 90 days; stale: no linked activity for 30 days",
      fr: "affaires ouvertes à date par tranches 0-30, 31-60, 61-90, plus de 90 jours ; dormantes : aucune activité liée depuis 30 jours",
    },
    unit: "count",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["deal", "activity", "seller"],
    compute: "pipelineAgeing",
    group: "crm",
    headline: { path: ["totals", "dealCount"] },
    formatter: "number",
    reasons: ["no-activities"],
  },
  {
    id: "forecast-accuracy",
    label: { en: "Forecast accuracy", fr: "Précision de la prévision" },
    description: {
      en: "How close the pipeline forecast made at an earlier date came to the revenue realized.",
      fr: "Écart entre la prévision du pipeline faite à une date antérieure et le chiffre d'affaires réalisé.",
    },
    formula: {
      en: "max(0, 1 - |actual - forecast| / actual)",
      fr: "max(0, 1 - |réalisé - prévision| / réalisé)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["deal", "order", "seller"],
    compute: "forecastAccuracy",
    group: "crm",
    headline: { path: ["accuracy"] },
    formatter: "percent",
    reasons: ["no-actual", "negative-actual"],
    warnings: ["period-not-over"],
  },
]);
