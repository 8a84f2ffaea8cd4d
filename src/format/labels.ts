/**
 * English and French labels for the codes in results: statuses, status bases, flags, reasons,
 * warnings, quadrants and loss categories.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue, safeString } from "../errors/describe.js";
import { languageOf, resolveLocale } from "./_intl.js";
import type { FormatOptions, LabelLanguage } from "./formatOptions.js";
import type { LabelCodes, LabelKind, LabelTable } from "./labelCodes.js";

const ENGLISH: LabelTable = {
  status: { good: "good", watch: "watch", alert: "alert" },
  basis: { attainment: "on attainment", pace: "on pace" },
  flag: {
    drop: "drop in pace",
    exceptional: "exceptional result",
    "insufficient-history": "too little history to judge",
    "no-baseline": "no baseline to compare with",
    partial: "to date (period in progress)",
    "not-started": "not started yet",
    spike: "spike in losses",
  },
  reason: {
    "no-target": "no target",
    "not-started": "not started yet",
    "no-previous": "no previous period",
    "zero-previous": "previous period at zero",
    "negative-previous": "previous period negative",
    "insufficient-history": "too little history",
    "no-baseline": "no baseline",
    "no-closed-deals": "no closed deals",
    "no-closed-value": "closed deals worth zero",
    "no-remaining-target": "target already reached",
    "no-activities": "no activities given",
    "no-customer-targets": "no targets per customer",
    "no-deals": "no deals created",
    "no-requests": "no requests received",
    "no-offers": "no offers issued",
    "no-offer-value": "offers worth zero",
    "no-prospects": "no prospects created",
    "no-responses": "no responses",
    "none-open": "nothing still open",
    "nothing-due": "nothing due in the period",
    "no-new-customers": "no new customers",
    "no-previous-customers": "no customers in the previous period",
    "no-customer-revenue": "no revenue with a named customer",
    "no-sellers-with-target": "no seller has a target",
    "no-won-deals": "no won deals",
    "too-few": "too few deals to judge",
    "zero-cycle": "sales cycle of zero days",
    "no-stage-history": "no stage history given",
    "none-reached": "no deal reached the stage",
    "no-slipped-deals": "no slipped deals",
    "no-actual": "no actual revenue",
    "negative-actual": "actual revenue negative",
    "no-0-10-responses": "no answers on the 0-10 scale",
    "no-interventions": "no commercial interventions",
    empty: "nothing to measure",
    "no-deliveries": "no deliveries",
    "no-duration": "no visit with a duration",
    "no-scheduled": "no meetings or visits scheduled",
    "no-revenue": "no revenue",
    "no-ratio": "no ratio this period",
    "no-expenses": "no commercial expenses",
    "no-gross-amount": "no gross amount before discount",
  },
  warning: {
    "short-window": "period too short to judge activity",
    "targets-below-scope": "targets set only below this scope",
    "forecast-period-over": "forecast period over: realized revenue only",
    "partial-range": "range still running: figures to date",
    "range-not-started": "range not started yet",
    "targets-without-group": "targets that no group shows",
    "orders-without-customer": "orders without a customer, in no group",
    "as-of-before-range": "as-of date before the range",
    "quadrants-on-realized": "quadrants on realized revenue: some sellers have no target",
    "partial-period": "period still running: figures to date",
    "period-not-started": "period not started yet: nothing counted",
    "history-starts-in-period": "order history starts in the period: every customer looks new",
    "period-not-over": "period not over: actual revenue to date",
    "mixed-scales": "responses on several rating scales",
    "complaints-without-owner": "complaints without a seller, outside this scope",
    "overdue-deliveries": "undelivered deliveries past their promised date",
    "order-missing": "deliveries naming an unknown order",
    "delivered-before-order": "deliveries dated before their order",
    "open-deliveries": "ordered deliveries still waiting",
  },
  quadrant: {
    "high-effort-low-result": "high effort, low result (method to review)",
    "low-effort-low-result": "low effort, low result",
    "low-effort-high-result": "low effort, high result",
    "high-effort-high-result": "high effort, high result",
  },
  lossCategory: { market: "market", offer: "offer", internal: "internal management", other: "other" },
};

const FRENCH: LabelTable = {
  status: { good: "bon", watch: "à surveiller", alert: "alerte" },
  basis: { attainment: "sur l'atteinte", pace: "sur le rythme" },
  flag: {
    drop: "baisse de cadence",
    exceptional: "résultat exceptionnel",
    "insufficient-history": "historique trop court pour juger",
    "no-baseline": "pas de base de comparaison",
    partial: "à date (période en cours)",
    "not-started": "pas encore commencé",
    spike: "pic de pertes",
  },
  reason: {
    "no-target": "pas d'objectif",
    "not-started": "pas encore commencé",
    "no-previous": "pas de période précédente",
    "zero-previous": "période précédente à zéro",
    "negative-previous": "période précédente négative",
    "insufficient-history": "historique trop court",
    "no-baseline": "pas de base de comparaison",
    "no-closed-deals": "aucune affaire clôturée",
    "no-closed-value": "affaires clôturées de montant nul",
    "no-remaining-target": "objectif déjà atteint",
    "no-activities": "aucune activité fournie",
    "no-customer-targets": "pas d'objectifs par client",
    "no-deals": "aucune opportunité créée",
    "no-requests": "aucune demande reçue",
    "no-offers": "aucune offre émise",
    "no-offer-value": "offres de montant nul",
    "no-prospects": "aucun prospect créé",
    "no-responses": "aucune réponse",
    "none-open": "rien en attente",
    "nothing-due": "aucune échéance sur la période",
    "no-new-customers": "aucun nouveau client",
    "no-previous-customers": "aucun client sur la période précédente",
    "no-customer-revenue": "aucun CA rattaché à un client",
    "no-sellers-with-target": "aucun vendeur n'a d'objectif",
    "no-won-deals": "aucune affaire gagnée",
    "too-few": "trop peu d'affaires pour juger",
    "zero-cycle": "cycle de vente de durée nulle",
    "no-stage-history": "aucun historique d'étapes fourni",
    "none-reached": "aucune affaire n'a atteint l'étape",
    "no-slipped-deals": "aucune affaire repoussée",
    "no-actual": "aucun CA réalisé",
    "negative-actual": "CA réalisé négatif",
    "no-0-10-responses": "aucune réponse sur l'échelle de 0 à 10",
    "no-interventions": "aucune intervention commerciale",
    empty: "rien à mesurer",
    "no-deliveries": "aucune livraison",
    "no-duration": "aucune visite avec une durée",
    "no-scheduled": "aucun rendez-vous ni visite prévu",
    "no-revenue": "aucun chiffre d'affaires",
    "no-ratio": "pas de ratio sur la période",
    "no-expenses": "aucun frais commercial",
    "no-gross-amount": "aucun montant brut avant remise",
  },
  warning: {
    "short-window": "période trop courte pour juger l'activité",
    "targets-below-scope": "objectifs fixés seulement sous ce périmètre",
    "forecast-period-over": "période de prévision écoulée : réalisé seul",
    "partial-range": "période en cours : chiffres à date",
    "range-not-started": "période pas encore commencée",
    "targets-without-group": "objectifs qu'aucun groupe ne montre",
    "orders-without-customer": "commandes sans client, dans aucun groupe",
    "as-of-before-range": "date d'arrêté antérieure à la période",
    "quadrants-on-realized": "quadrants sur le réalisé : des vendeurs sans objectif",
    "partial-period": "période non terminée : chiffres à date",
    "period-not-started": "période pas encore commencée : rien n'est compté",
    "history-starts-in-period":
      "historique des commandes commençant dans la période : tous les clients paraissent nouveaux",
    "period-not-over": "période non terminée : CA réalisé à date",
    "mixed-scales": "réponses sur plusieurs échelles de notation",
    "complaints-without-owner": "réclamations sans vendeur, hors de ce périmètre",
    "overdue-deliveries": "livraisons en attente au-delà de la date promise",
    "order-missing": "livraisons rattachées à une commande inconnue",
    "delivered-before-order": "livraisons datées avant leur commande",
    "open-deliveries": "livraisons commandées encore en attente",
  },
  quadrant: {
    "high-effort-low-result": "effort élevé, résultat faible (méthode à revoir)",
    "low-effort-low-result": "effort faible, résultat faible",
    "low-effort-high-result": "effort faible, résultat élevé",
    "high-effort-high-result": "effort élevé, résultat élevé",
  },
  lossCategory: { market: "marché", offer: "offre", internal: "gestion interne", other: "autre" },
};

/**
 * The labels, by language then kind then code: `LABELS.fr.status.watch` is `"à surveiller"`.
 * Frozen. Labels are lower-case fragments, to sit in a table cell or mid-sentence.
 *
 * @example
 * ```ts
 * LABELS.en.quadrant["high-effort-low-result"]; //=> "high effort, low result (method to review)"
 * LABELS.fr.flag.drop;                           //=> "baisse de cadence"
 * ```
 * @category Format
 */
export const LABELS: Readonly<Record<LabelLanguage, LabelTable>> = deepFreeze({ en: ENGLISH, fr: FRENCH });

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === "object" && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}

/**
 * The label of a code, in the language of `options.locale` (French for any `fr` locale, English
 * for every other; default `en-US`).
 *
 * @param kind - the kind of code: `"status"`, `"basis"`, `"flag"`, `"reason"`, `"warning"`, `"quadrant"` or `"lossCategory"`
 * @param code - a code of that kind, as a result carries it
 * @param options - `locale`
 * @returns the label
 * @throws {@link InvalidArgumentError} when the locale is not a BCP 47 tag, or the kind or the code is unknown (possible only from untyped code)
 * @example
 * ```ts
 * labelOf("status", "watch");                         //=> "watch"
 * labelOf("status", "watch", { locale: "fr-FR" });    //=> "à surveiller"
 * labelOf("flag", "not-started", { locale: "fr-FR" }); //=> "pas encore commencé"
 * labelOf("reason", "no-target");                     //=> "no target"
 * ```
 * @category Format
 */
export function labelOf<Kind extends LabelKind>(
  kind: Kind,
  code: LabelCodes[Kind],
  options: FormatOptions = {},
): string {
  return labelIn(languageOf(resolveLocale(options.locale)), kind, code);
}

/** The label of a code in a language already resolved. */
function labelIn<Kind extends LabelKind>(language: LabelLanguage, kind: Kind, code: LabelCodes[Kind]): string {
  const table = LABELS[language];
  if (typeof kind !== "string" || !Object.hasOwn(table, kind))
    throw new InvalidArgumentError(`unknown label kind ${describeValue(kind)}`);
  const labels = table[kind] as Readonly<Record<string, string>>;
  if (typeof code !== "string" || !Object.hasOwn(labels, code))
    throw new InvalidArgumentError(`no ${safeString(kind)} is called ${describeValue(code)}`);
  return labels[code] as string;
}
