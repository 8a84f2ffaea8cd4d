/**
 * The words of the charts (titles, axes, legends, tooltips) in English and French. The codes a
 * result carries (statuses, flags) take their labels from `format/labels.ts`; these are the words
 * around them.
 *
 * @module
 */
import type { LabelLanguage } from "../format/formatOptions.js";

/** The chart words of one language. */
export interface ChartText {
  readonly period: string;
  readonly amount: string;
  readonly value: string;
  readonly exact: string;
  readonly realized: string;
  readonly target: string;
  readonly seller: string;
  readonly group: string;
  readonly type: string;
  readonly rate: string;
  readonly overall: string;
  readonly unweighted: string;
  readonly weighted: string;
  readonly forecast: string;
  readonly expectedClose: string;
  readonly overdue: string;
  readonly noDate: string;
  readonly lostDeals: string;
  readonly deals: string;
  readonly month: string;
  readonly revenueVsTarget: string;
  readonly revenueVsTargetBy: string;
  readonly revenuePerSeller: string;
  readonly pipeline: string;
  readonly pipelineSeries: string;
  readonly pipelineBy: string;
  readonly activityRate: string;
  readonly activityRateBy: string;
  readonly activityRateSeries: string;
  readonly lostDealsTitle: string;
  readonly lostDealsBy: string;
  readonly spikesMarked: string;
  readonly noTarget: string;
  readonly status: string;
  readonly measure: string;
  readonly flags: string;
  readonly barsAndTicks: string;
}

const EN: ChartText = {
  period: "Period",
  amount: "Amount",
  value: "Value",
  exact: "Exact",
  realized: "Realized",
  target: "Target",
  seller: "Seller",
  group: "Group",
  type: "Activity type",
  rate: "Activity rate",
  overall: "Overall",
  unweighted: "Unweighted",
  weighted: "Weighted",
  forecast: "Weighted pipeline in the period",
  expectedClose: "Expected close",
  overdue: "overdue",
  noDate: "no date",
  lostDeals: "Lost deals",
  deals: "Deals",
  month: "Month",
  revenueVsTarget: "Revenue against target",
  revenueVsTargetBy: "Revenue against target by group",
  revenuePerSeller: "Revenue per seller over time",
  pipeline: "Pipeline by month of expected close",
  pipelineSeries: "Forecast: realized plus weighted pipeline against target",
  pipelineBy: "Pipeline by group",
  activityRate: "Activity rate by type",
  activityRateBy: "Activity rate by seller and type",
  activityRateSeries: "Activity rate over time",
  lostDealsTitle: "Lost deals by period",
  lostDealsBy: "Lost deals by group",
  spikesMarked: "spikes in losses marked",
  noTarget: "no target",
  status: "Status",
  measure: "Measure",
  flags: "Flags",
  barsAndTicks: "bars: realized, coloured by status; dark ticks: target",
};

const FR: ChartText = {
  period: "Période",
  amount: "Montant",
  value: "Valeur",
  exact: "Exact",
  realized: "Réalisé",
  target: "Objectif",
  seller: "Vendeur",
  group: "Groupe",
  type: "Type d'activité",
  rate: "Taux d'activité",
  overall: "Global",
  unweighted: "Non pondéré",
  weighted: "Pondéré",
  forecast: "Pipeline pondéré dans la période",
  expectedClose: "Clôture prévue",
  overdue: "en retard",
  noDate: "sans date",
  lostDeals: "Affaires perdues",
  deals: "Affaires",
  month: "Mois",
  revenueVsTarget: "CA réalisé / objectifs",
  revenueVsTargetBy: "CA réalisé / objectifs par groupe",
  revenuePerSeller: "CA par vendeur dans le temps",
  pipeline: "Pipeline commercial par mois de clôture prévue",
  pipelineSeries: "Prévision : réalisé plus pipeline pondéré, face à l'objectif",
  pipelineBy: "Pipeline commercial par groupe",
  activityRate: "Taux d'activité par type",
  activityRateBy: "Taux d'activité par vendeur et par type",
  activityRateSeries: "Taux d'activité dans le temps",
  lostDealsTitle: "Volume des affaires perdues par période",
  lostDealsBy: "Affaires perdues par groupe",
  spikesMarked: "pics de pertes signalés",
  noTarget: "pas d'objectif",
  status: "Statut",
  measure: "Mesure",
  flags: "Signaux",
  barsAndTicks: "barres : réalisé, en couleur de statut ; traits sombres : objectif",
};

/** The chart words of `language`. */
export function chartText(language: LabelLanguage): ChartText {
  return language === "fr" ? FR : EN;
}
