/**
 * Catalogue entries of the sales-flow indicators: the article's indicators 4 (évaluation des
 * négociations), 5 (taux de réussite des offres ou prospects), 12 (commandes / offres faites),
 * 15 (rapidité de réponse à un appel d'offres / cahier des charges), 16 (réactivité du service
 * commercial) and 21 (retour au client dans le délai demandé).
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";

/**
 * The sales-flow entries of the catalogue, in the article's order.
 *
 * @example
 * ```ts
 * SALES_FLOW_ENTRIES.map((entry) => entry.id);
 * //=> ["negotiations", "offer-success", "orders-per-offer", "tender-response-time", "first-response-time", "requests-on-time"]
 * ```
 * @category Catalogue
 */
export const SALES_FLOW_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "negotiations",
    label: { en: "Negotiation review", fr: "Évaluation des négociations" },
    description: {
      en: "How many offers are issued per opportunity created, and how many customer requests are processed.",
      fr: "Nombre d'offres émises par opportunité créée, et part des demandes clients traitées.",
    },
    formula: {
      en: "proposal rate = offers issued / deals created in the period; processing rate = requests received in the period and processed / requests received",
      fr: "taux de proposition = offres émises / opportunités créées sur la période ; taux de traitement = demandes reçues sur la période et traitées / demandes reçues",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["offer", "deal", "request", "seller"],
    compute: "negotiations",
    group: "operational",
    headline: { path: ["proposalRate"] },
    formatter: "percent",
    reasons: ["no-deals", "no-requests"],
    warnings: ["partial-period", "period-not-started"],
  },
  {
    id: "offer-success",
    label: { en: "Offer and prospect success rate", fr: "Taux de réussite des offres ou prospects" },
    description: {
      en: "The share of offers turned into orders (count and value), and of prospects turned into customers.",
      fr: "Part des offres transformées en commandes (en nombre et en valeur), et des prospects devenus clients.",
    },
    formula: {
      en: "offers issued in the period and accepted before asOf / offers issued in the period (count, value); prospects created in the period and converted / prospects created",
      fr: "offres émises sur la période et acceptées avant asOf / offres émises sur la période (nombre, valeur) ; prospects créés sur la période et convertis / prospects créés",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["offer", "prospect", "seller"],
    compute: "offerSuccess",
    group: "operational",
    headline: { path: ["offers", "rateByCount"] },
    formatter: "percent",
    reasons: ["no-offers", "no-offer-value", "no-prospects"],
    warnings: ["partial-period", "period-not-started"],
  },
  {
    id: "orders-per-offer",
    label: { en: "Orders per offer", fr: "Commandes / offres faites" },
    description: {
      en: "Orders taken against offers issued in the same period, by count and by value.",
      fr: "Commandes prises rapportées aux offres émises sur la même période, en nombre et en valeur.",
    },
    formula: {
      en: "orders dated in the period / offers issued in the period (count; and order amount / offer amount)",
      fr: "commandes datées de la période / offres émises sur la période (nombre ; et montant des commandes / montant des offres)",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["order", "offer", "seller"],
    compute: "ordersPerOffer",
    group: "operational",
    headline: { path: ["ratioByCount"] },
    formatter: "percent",
    reasons: ["no-offers", "no-offer-value"],
    warnings: ["partial-period", "period-not-started"],
  },
  {
    id: "tender-response-time",
    label: { en: "Tender response time", fr: "Rapidité de réponse à un appel d'offres / cahier des charges" },
    description: {
      en: "Mean and median time from receiving a call for tenders or a specification to answering it; open ones with their age.",
      fr: "Délai moyen et médian entre la réception d'un appel d'offres ou d'un cahier des charges et la réponse ; les dossiers ouverts avec leur âge.",
    },
    formula: {
      en: "respondedAt - receivedAt over the tenders and specifications received in the period and answered before asOf (mean, median); open ones: asOf - receivedAt",
      fr: "respondedAt - receivedAt sur les appels d'offres et cahiers des charges reçus sur la période et répondus avant asOf (moyenne, médiane) ; ouverts : asOf - receivedAt",
    },
    unit: "duration",
    direction: "lower-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["request", "seller"],
    compute: "tenderResponseTime",
    group: "operational",
    headline: { path: ["responded", "mean"] },
    formatter: "duration",
    reasons: ["no-responses", "none-open"],
    warnings: ["partial-period", "period-not-started"],
  },
  {
    id: "first-response-time",
    label: { en: "Sales team responsiveness", fr: "Réactivité du service commercial" },
    description: {
      en: "Mean and median time to the first response on inbound customer requests; open ones with their age.",
      fr: "Délai moyen et médian de première réponse aux demandes entrantes des clients ; les demandes ouvertes avec leur âge.",
    },
    formula: {
      en: "(firstResponseAt, else respondedAt) - receivedAt over the requests received in the period and answered before asOf (mean, median); open ones: asOf - receivedAt",
      fr: "(firstResponseAt, sinon respondedAt) - receivedAt sur les demandes reçues sur la période et répondues avant asOf (moyenne, médiane) ; ouvertes : asOf - receivedAt",
    },
    unit: "duration",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["request", "seller"],
    compute: "firstResponseTime",
    group: "operational",
    headline: { path: ["responded", "mean"] },
    formatter: "duration",
    reasons: ["no-responses", "none-open"],
    warnings: ["partial-period", "period-not-started"],
  },
  {
    id: "requests-on-time",
    label: { en: "Answered by the requested deadline", fr: "Retour au client dans le délai demandé" },
    description: {
      en: "The share of customer requests answered by the deadline the customer asked for.",
      fr: "Part des demandes clients auxquelles on a répondu dans le délai demandé par le client.",
    },
    formula: {
      en: "answered by dueAt / (answered + answered late + unanswered past dueAt), over the requests received in the period with a dueAt",
      fr: "répondues avant dueAt / (répondues + répondues en retard + sans réponse après dueAt), sur les demandes reçues sur la période avec un dueAt",
    },
    unit: "ratio",
    direction: "higher-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["request", "seller"],
    compute: "requestsOnTime",
    group: "operational",
    headline: { path: ["share"] },
    formatter: "percent",
    reasons: ["nothing-due"],
    warnings: ["partial-period", "period-not-started"],
  },
]);
