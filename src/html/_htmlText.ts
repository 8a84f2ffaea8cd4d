/**
 * The words of the HTML report around the figures, in English and French.
 *
 * @module
 */
import type { IndicatorGroup, RecordKind } from "../catalogue/catalogue.js";
import type { LabelLanguage } from "../format/formatOptions.js";
import type { HtmlReportSection } from "./htmlReportTypes.js";

/** The report's words in one language. */
export interface HtmlText {
  readonly language: LabelLanguage;
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
  /** The titles of the catalogue's sections. */
  readonly groups: Readonly<Record<Exclude<IndicatorGroup, "headline">, string>>;
  /** The columns of a catalogue section's table. */
  readonly catalogueHeaders: readonly string[];
  /** Before the records an indicator would need. */
  readonly needs: string;
  /** Before the records the section's other indicators would need. */
  readonly wouldNeed: string;
  /** How many indicators of a section were computed and how many were not. */
  readonly counted: (computed: number, skipped: number) => string;
  /** The record kinds, as a reader names their files. */
  readonly records: Readonly<Record<RecordKind, string>>;
}

const EN: HtmlText = {
  language: "en",
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
  groups: { operational: "Operational indicators", crm: "What the big CRMs add" },
  catalogueHeaders: ["Id", "Indicator", "Figure", "Status or reason"],
  needs: "needs",
  wouldNeed: "The others would need:",
  counted: (computed, skipped) => `${computed} computed, ${skipped} need records not given.`,
  records: {
    order: "orders",
    "revenue-target": "revenue targets",
    deal: "deals",
    activity: "activities",
    "activity-target": "activity targets",
    seller: "sellers",
    "stage-change": "deal stage changes",
    "close-date-change": "close date changes",
    delivery: "deliveries",
    complaint: "complaints",
    penalty: "penalties",
    "survey-response": "survey responses",
    offer: "offers",
    prospect: "prospects",
    request: "requests",
    expense: "expenses",
  },
};

const FR: HtmlText = {
  language: "fr",
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
  groups: { operational: "Indicateurs opérationnels", crm: "Ce qu'ajoutent les grands CRM" },
  catalogueHeaders: ["Id", "Indicateur", "Valeur", "Statut ou raison"],
  needs: "il manque :",
  wouldNeed: "Pour les autres, il manque :",
  counted: (computed, skipped) =>
    `${computed} calculé${computed > 1 ? "s" : ""}, ${skipped} sans les données nécessaires.`,
  records: {
    order: "commandes",
    "revenue-target": "objectifs de CA",
    deal: "affaires",
    activity: "activités",
    "activity-target": "objectifs d'activité",
    seller: "vendeurs",
    "stage-change": "changements d'étape des affaires",
    "close-date-change": "changements de date de clôture",
    delivery: "livraisons",
    complaint: "réclamations",
    penalty: "pénalités",
    "survey-response": "réponses aux enquêtes",
    offer: "offres",
    prospect: "prospects",
    request: "demandes",
    expense: "dépenses",
  },
};

/** The report's words in `language`. */
export function htmlText(language: LabelLanguage): HtmlText {
  return language === "fr" ? FR : EN;
}
