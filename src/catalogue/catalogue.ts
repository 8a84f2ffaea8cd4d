import type { ThresholdsInput, Unit } from "../indicators/types.js";
import type { Grain } from "../period/types.js";

/** Text in the catalogue's two languages. @category Catalogue */
export interface LocalizedText {
  /** English. */
  readonly en: string;
  /** French, the source article's language. */
  readonly fr: string;
}

/** The record types an indicator reads. @category Catalogue */
export type RecordKind = "order" | "revenue-target" | "deal" | "activity" | "activity-target" | "seller" | "expense";

/** One indicator's catalogue entry (spec section 5). @category Catalogue */
export interface CatalogueEntry {
  /** Stable id, also the `indicator` field of its results. */
  readonly id: string;
  /** Short label. */
  readonly label: LocalizedText;
  /** One-line description. */
  readonly description: LocalizedText;
  /** The formula in words. */
  readonly formula: LocalizedText;
  /** Unit of the headline figure. */
  readonly unit: Unit;
  /** Whether a higher or a lower value is better. */
  readonly direction: "higher-is-better" | "lower-is-better";
  /** The grain the indicator is usually read at. */
  readonly defaultGrain: Grain;
  /** Default status thresholds, or `null` when the indicator has no status. */
  readonly defaultThresholds: ThresholdsInput | null;
  /** Records it needs (required first, then optional ones). */
  readonly records: readonly RecordKind[];
  /** Name of the function that computes it. */
  readonly compute: string;
  /**
   * Set when the entry is another entry read with fixed options (indicator 6 is 2.2 at the month
   * grain): the id of that entry and the options `compute` is called with. Absent on most entries.
   */
  readonly readingOf?: {
    /** The id of the entry read. */
    readonly id: string;
    /** The options fixed for this reading. */
    readonly options: {
      /** The grain the entry is read at. */
      readonly grain: Grain;
    };
  };
}

/**
 * The catalogue of indicators, as data: the five headline indicators of the source article
 * ("Les 5 indicateurs CRM BToB indispensables"), in the article's order.
 * @category Catalogue
 */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([
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
  },
]);

/**
 * Lists the catalogue.
 *
 * @returns every entry, in the article's order
 * @throws never
 * @example
 * ```ts
 * listIndicators().map((e) => e.id);
 * //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals"]
 * ```
 * @category Catalogue
 */
export function listIndicators(): readonly CatalogueEntry[] {
  return CATALOGUE;
}

/**
 * Looks an entry up by its stable id.
 *
 * @param id - e.g. `"pipeline"`
 * @returns the entry, or `undefined` when no indicator has that id
 * @throws never
 * @example
 * ```ts
 * getIndicator("activity-rate")?.label.fr; //=> "Taux d'activité"
 * ```
 * @category Catalogue
 */
export function getIndicator(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.id === id);
}
