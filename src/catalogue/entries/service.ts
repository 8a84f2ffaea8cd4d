/**
 * Catalogue entries of the service indicators (the article's 13, 14, 17, 19, 20 and 22):
 * satisfaction, complaints, deliveries and penalties.
 *
 * @module
 */
import type { CatalogueEntry } from "../catalogue.js";

/**
 * The catalogue entries of the service indicators, in the article's order.
 *
 * @example
 * ```ts
 * SERVICE_CATALOGUE_ENTRIES.map((entry) => entry.id);
 * //=> ["customer-satisfaction", "complaints-per-intervention", "delivery-lateness", "penalty-amount", "non-conforming-deliveries", "delivery-lead-time"]
 * ```
 * @category Catalogue
 */
export const SERVICE_CATALOGUE_ENTRIES: readonly CatalogueEntry[] = Object.freeze([
  {
    id: "customer-satisfaction",
    label: { en: "Customer satisfaction index", fr: "Indice de satisfaction de la clientèle" },
    description: {
      en: "Mean survey score rescaled to 0-100, and the net promoter score of the 0-10 answers.",
      fr: "Note moyenne des enquêtes ramenée sur 100, et NPS des réponses notées de 0 à 10.",
    },
    formula: {
      en: "index = mean of (score - scale min) / (scale max - scale min) x 100; NPS = 100 x (promoters 9-10 - detractors 0-6) / 0-10 answers",
      fr: "indice = moyenne de (note - minimum) / (maximum - minimum) x 100 ; NPS = 100 x (promoteurs 9-10 - détracteurs 0-6) / réponses sur 0-10",
    },
    unit: "score",
    direction: "higher-is-better",
    defaultGrain: "quarter",
    defaultThresholds: null,
    records: ["survey-response"],
    compute: "customerSatisfaction",
    group: "operational",
    headline: { path: ["index"] },
    formatter: "number",
    reasons: ["no-responses", "no-0-10-responses"],
    warnings: ["mixed-scales"],
  },
  {
    id: "complaints-per-intervention",
    label: { en: "Complaints per commercial intervention", fr: "Nombre de réclamations / interventions commerciales" },
    description: {
      en: "Commercial complaints received for each done commercial activity (call, email, meeting, demo, quote, visit).",
      fr: "Réclamations commerciales reçues par action commerciale réalisée (appel, e-mail, rendez-vous, démo, devis, visite).",
    },
    formula: {
      en: "rate = commercial complaints received / done commercial activities, same period",
      fr: "taux = réclamations commerciales reçues / actions commerciales réalisées, même période",
    },
    unit: "ratio",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["complaint", "activity", "seller"],
    compute: "complaintsPerIntervention",
    group: "operational",
    headline: { path: ["rate"] },
    formatter: "percent",
    reasons: ["no-interventions"],
    warnings: ["complaints-without-owner"],
  },
  {
    id: "delivery-lateness",
    label: { en: "Delivery lateness", fr: "Retard de mise à disposition du client" },
    description: {
      en: "How late deliveries were against their promise, the share late, and the undelivered ones past their promise.",
      fr: "Retard des livraisons sur la date promise, part des livraisons en retard, et livraisons attendues au-delà de la promesse.",
    },
    formula: {
      en: "lateness = max(0, delivered - promised) per delivery; mean and median; share late = late / delivered",
      fr: "retard = max(0, livrée - promise) par livraison ; moyenne et médiane ; part en retard = en retard / livrées",
    },
    unit: "duration",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["delivery"],
    compute: "deliveryLateness",
    group: "operational",
    headline: { path: ["lateness", "mean"] },
    formatter: "duration",
    reasons: ["empty", "no-deliveries"],
    warnings: ["overdue-deliveries"],
  },
  {
    id: "penalty-amount",
    label: { en: "Penalty amount", fr: "Montant de la pénalité" },
    description: {
      en: "Sum of the penalties paid to customers, exact, in one currency.",
      fr: "Somme des pénalités payées aux clients, exacte, dans une seule devise.",
    },
    formula: {
      en: "amount = sum of the penalties dated in the period (converted at their date with exchange rates)",
      fr: "montant = somme des pénalités datées dans la période (converties à leur date avec des taux de change)",
    },
    unit: "money",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["penalty"],
    compute: "penaltyAmount",
    group: "operational",
    headline: { path: ["amount"] },
    formatter: "money",
  },
  {
    id: "non-conforming-deliveries",
    label: { en: "Non-conforming deliveries", fr: "Livraisons non conformes à la demande" },
    description: {
      en: "Deliveries marked non-conforming to the demand: count, share of the deliveries, reasons.",
      fr: "Livraisons marquées non conformes à la demande : nombre, part des livraisons, motifs.",
    },
    formula: {
      en: "share = deliveries marked non-conforming / deliveries delivered in the period",
      fr: "part = livraisons marquées non conformes / livraisons effectuées dans la période",
    },
    unit: "ratio",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["delivery"],
    compute: "nonConformingDeliveries",
    group: "operational",
    headline: { path: ["share"] },
    formatter: "percent",
    reasons: ["no-deliveries"],
  },
  {
    id: "delivery-lead-time",
    label: { en: "Delivery lead time", fr: "Délai de livraison du client" },
    description: {
      en: "Time from the order to its delivery, mean and median, with the ordered deliveries still waiting.",
      fr: "Délai entre la commande et sa livraison, moyenne et médiane, avec les livraisons commandées encore en attente.",
    },
    formula: {
      en: "lead time = delivered - order date per delivery (joined by order id); mean and median",
      fr: "délai = date de livraison - date de commande par livraison (jointure sur la commande) ; moyenne et médiane",
    },
    unit: "duration",
    direction: "lower-is-better",
    defaultGrain: "month",
    defaultThresholds: null,
    records: ["delivery", "order"],
    compute: "deliveryLeadTime",
    group: "operational",
    headline: { path: ["leadTime", "mean"] },
    formatter: "duration",
    reasons: ["empty"],
    warnings: ["order-missing", "delivered-before-order", "open-deliveries"],
  },
]);
