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
