/**
 * The words of the sample: seller names, teams, stages, activity types, loss reasons, competitors,
 * and the seasonal profiles. Fixed lists, no randomness.
 *
 * @module
 * @internal
 */
import type { LossCategory } from "../indicators/lostDeals/lostDeals.js";

/** The first sellers' names (the default eight use them in this order). */
export const SELLER_NAMES: readonly string[] = [
  "Camille Martin",
  "Julien Bernard",
  "Sophie Dubois",
  "Thomas Laurent",
  "Léa Moreau",
  "Nicolas Lefèvre",
  "Claire Girard",
  "Antoine Roux",
];

/** First names for sellers beyond the named ones. */
export const FIRST_NAMES: readonly string[] = [
  "Manon",
  "Hugo",
  "Chloé",
  "Lucas",
  "Inès",
  "Mathis",
  "Sarah",
  "Louis",
  "Emma",
  "Gabriel",
  "Jade",
  "Arthur",
  "Louise",
  "Raphaël",
  "Alice",
  "Jules",
  "Lina",
  "Adam",
  "Zoé",
  "Paul",
];

/** Last names for sellers beyond the named ones. */
export const LAST_NAMES: readonly string[] = [
  "Petit",
  "Durand",
  "Leroy",
  "Simon",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roussel",
  "Vincent",
  "Fournier",
  "Morel",
  "Mercier",
  "Blanc",
  "Guerin",
  "Boyer",
  "Garnier",
  "Chevalier",
  "François",
  "Legrand",
];

/** The three teams, in order; the last one handles key accounts (fewer, larger orders and deals). */
export const TEAMS: readonly string[] = ["north", "south", "key-accounts"];

/** Index of the key-accounts team in {@link TEAMS}. */
export const KEY_ACCOUNTS_TEAM = 2;

/** The pipeline stages, closest to the order last, with their default win probabilities. */
export const STAGES: readonly (readonly [string, string])[] = [
  ["prospecting", "0.1"],
  ["qualification", "0.2"],
  ["proposal", "0.5"],
  ["negotiation", "0.7"],
  ["commitment", "0.9"],
];

/** Explicit probabilities some deals carry (0 included: it overrides the stage map too). */
export const EXPLICIT_PROBABILITIES: readonly string[] = [
  "0",
  "0.05",
  "0.15",
  "0.25",
  "0.3",
  "0.35",
  "0.4",
  "0.6",
  "0.65",
  "0.75",
  "0.8",
  "0.95",
];

/** The activity types, in the order of the library's `ACTIVITY_TYPES`. */
export const ACTIVITY_TYPE_LIST: readonly string[] = [
  "call",
  "email",
  "meeting",
  "demo",
  "quote",
  "qualified-lead",
  "visit",
];

/** Share of each activity type for a field seller (same order as {@link ACTIVITY_TYPE_LIST}). */
export const TYPE_WEIGHTS_FIELD: readonly number[] = [0.34, 0.24, 0.12, 0.06, 0.08, 0.06, 0.1];

/** Share of each activity type for a key-account seller: more meetings and visits. */
export const TYPE_WEIGHTS_KEY: readonly number[] = [0.25, 0.25, 0.16, 0.08, 0.08, 0.03, 0.15];

/**
 * How activity targets are set per type: `month` (a target per calendar month), `quarter`, or
 * `null` (no target: email is counted but has no rate, to show that case).
 */
export const TYPE_TARGET_GRAIN: readonly ("month" | "quarter" | null)[] = [
  "month",
  null,
  "quarter",
  "quarter",
  "quarter",
  "quarter",
  "month",
];

/** Loss reasons with their weight and category; `null` = deliberately left out of the category map. */
export const LOSS_REASONS: readonly (readonly [string, number, LossCategory | null])[] = [
  ["price", 0.22, "offer"],
  ["new-competitor", 0.14, "market"],
  ["no-decision", 0.12, "other"],
  ["missing-features", 0.1, "offer"],
  ["budget-cut", 0.1, "market"],
  ["slow-response", 0.08, "internal"],
  ["no-follow-up", 0.06, "internal"],
  ["delivery-lead-time", 0.05, "offer"],
  ["service-level", 0.04, "offer"],
  ["quote-error", 0.03, "internal"],
  ["market-downturn", 0.03, "market"],
  ["project-cancelled", 0.03, null],
];

/** Competitors named on lost deals; the last one only appears from the lost-deal spike on. */
export const COMPETITORS: readonly string[] = ["Axelor Solutions", "Brightwave", "Corvex", "Datanova", "Kelvio"];

/** The competitor behind the lost-deal spike. */
export const SPIKE_COMPETITOR = "Kelvio";

/** Why cancelled activities were cancelled, with weights. */
export const CANCELLATION_CAUSES: readonly (readonly [string, number])[] = [
  ["customer", 0.55],
  ["service", 0.3],
  ["weather", 0.05],
  ["other", 0.1],
];

/** Orders per calendar month (January first): August dip, December peak. */
export const ORDER_SEASON: readonly number[] = [0.92, 0.95, 1.08, 1, 1.02, 1.1, 0.9, 0.5, 1.05, 1.1, 1.12, 1.38];

/** Deals created per calendar month. */
export const DEAL_SEASON: readonly number[] = [1, 1, 1.1, 1.05, 1, 1, 0.85, 0.55, 1.1, 1.1, 1.05, 0.8];

/** Activities per calendar month: quiet in August and at the end of December. */
export const ACTIVITY_SEASON: readonly number[] = [1, 1, 1.05, 1, 0.95, 1, 0.85, 0.45, 1.05, 1.05, 1, 0.75];
