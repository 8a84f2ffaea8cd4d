/**
 * The words of the HTML report around the figures, in English and French.
 *
 * @module
 */
import type { LabelLanguage } from "../format/formatOptions.js";
import type { HtmlReportSection } from "./htmlReportTypes.js";

/** The report's words in one language. */
export interface HtmlText {
  readonly title: string;
  readonly sections: Readonly<Record<HtmlReportSection, string>>;
  readonly notComputed: string;
  readonly month: string;
  readonly period: string;
  readonly realized: string;
  readonly target: string;
  readonly attainment: string;
  readonly pace: string;
  readonly status: string;
  readonly toDate: string;
  readonly seller: string;
  readonly orders: string;
  readonly flags: string;
  readonly flagsShort: string;
  readonly expectedClose: string;
  readonly deals: string;
  readonly unweighted: string;
  readonly weighted: string;
  readonly overdue: string;
  readonly noDate: string;
  readonly total: string;
  readonly overall: string;
  readonly done: string;
  readonly lost: string;
  readonly lostAmount: string;
  readonly lossRateCount: string;
  readonly lossRateValue: string;
  readonly forecast: string;
  readonly amountsIn: string;
  readonly weightedPipeline: string;
  readonly lostLatest: string;
  readonly footer: string;
  readonly chartOf: string;
  readonly tableOf: string;
}

const EN: HtmlText = {
  title: "Sales report",
  sections: {
    revenueVsTarget: "Revenue versus target",
    revenuePerSeller: "Revenue per seller",
    pipeline: "Commercial pipeline",
    activityRate: "Activity rate",
    lostDeals: "Lost deals",
  },
  notComputed: "Not computed",
  month: "Month",
  period: "Period",
  realized: "Realized",
  target: "Target",
  attainment: "Attainment",
  pace: "Pace",
  status: "Status",
  toDate: "to date",
  seller: "Seller",
  orders: "Orders",
  flags: "Flags (latest complete month)",
  flagsShort: "Flags",
  expectedClose: "Expected close",
  deals: "Deals",
  unweighted: "Unweighted",
  weighted: "Weighted",
  overdue: "overdue",
  noDate: "no date",
  total: "total",
  overall: "Overall",
  done: "Done",
  lost: "Lost",
  lostAmount: "Lost amount",
  lossRateCount: "Loss rate (count)",
  lossRateValue: "Loss rate (value)",
  forecast: "Forecast",
  amountsIn: "Amounts in",
  weightedPipeline: "Weighted pipeline",
  lostLatest: "Lost deals, latest month",
  footer: "Made with crm-kpi. Figures are exact decimals; the charts draw the same results.",
  chartOf: "Chart",
  tableOf: "Table",
};

const FR: HtmlText = {
  title: "Rapport commercial",
  sections: {
    revenueVsTarget: "CA réalisé / objectifs",
    revenuePerSeller: "CA par vendeur",
    pipeline: "Pipeline commercial",
    activityRate: "Taux d'activité",
    lostDeals: "Volume des affaires perdues",
  },
  notComputed: "Non calculé",
  month: "Mois",
  period: "Période",
  realized: "Réalisé",
  target: "Objectif",
  attainment: "Atteinte",
  pace: "Rythme",
  status: "Statut",
  toDate: "à date",
  seller: "Vendeur",
  orders: "Commandes",
  flags: "Signaux (dernier mois complet)",
  flagsShort: "Signaux",
  expectedClose: "Clôture prévue",
  deals: "Affaires",
  unweighted: "Non pondéré",
  weighted: "Pondéré",
  overdue: "en retard",
  noDate: "sans date",
  total: "total",
  overall: "Global",
  done: "Réalisées",
  lost: "Perdues",
  lostAmount: "Montant perdu",
  lossRateCount: "Taux de perte (nombre)",
  lossRateValue: "Taux de perte (valeur)",
  forecast: "Prévision",
  amountsIn: "Montants en",
  weightedPipeline: "Pipeline pondéré",
  lostLatest: "Affaires perdues, dernier mois",
  footer: "Réalisé avec crm-kpi. Les chiffres sont des décimaux exacts ; les graphiques tracent les mêmes résultats.",
  chartOf: "Graphique",
  tableOf: "Tableau",
};

/** The report's words in `language`. */
export function htmlText(language: LabelLanguage): HtmlText {
  return language === "fr" ? FR : EN;
}
