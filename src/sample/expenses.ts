/**
 * Expenses for the seeded sample dataset (spec section 7): each seller's monthly representation
 * costs (meals, gifts), travel, the odd trade show or sample shipment (commercial) and small other
 * costs, with a few refunds, so that indicators 8 and 9 give a figure on the sample.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Expense, ExpenseCategory } from "../model/expenseSchema.js";
import type { Seller } from "../model/types.js";
import { Dec } from "../money/dec.js";
import type { Period } from "../period/types.js";
import { createRng, type Rng } from "./prng.js";

/** The random stream of the expenses (apart from the dataset's own streams). */
const EXPENSE_STREAM = 97;
const HOUR_MS = 3_600_000;

/** Per category: how many a seller has in a month (a base and a random extra) and their amount range in cents. */
const PROFILE: readonly (readonly [ExpenseCategory, number, number, number, number])[] = [
  ["representation", 2, 5, 4_000, 30_000],
  ["travel", 1, 4, 8_000, 90_000],
  ["commercial", 0, 2, 50_000, 400_000],
  ["other", 0, 2, 2_000, 15_000],
];

function amountOf(rng: Rng, low: number, high: number): Decimal {
  const cents = low + rng.int(high - low + 1);
  // About 2 % are refunds of an earlier expense (a cancelled hotel, a returned sample).
  return new Dec(rng.chance(0.02) ? -cents : cents).div(100);
}

/**
 * Generates the sample's expenses: for each seller and each calendar month (UTC) of the range, a
 * few representation and travel expenses, sometimes a commercial one (a trade show, samples) and a
 * small other one; about 2 % are refunds (negative). In euros, in date order of generation, ids
 * `e-000001`...
 *
 * @param dataset - the sample's sellers and range (`generateSampleDataset()` gives both)
 * @param seed - the random seed (default 1); the same seed gives the same expenses
 * @returns the expenses, valid records (what `parseExpenses` would give)
 * @throws never
 * @example
 * ```ts
 * const dataset = generateSampleDataset();
 * const expenses = generateSampleExpenses(dataset);
 * expenses.length > 1000; //=> true
 * new Set(expenses.map((e) => e.category)).size; //=> 4
 * ```
 * @category Sample
 */
export function generateSampleExpenses(
  dataset: { readonly sellers: readonly Seller[]; readonly range: Period },
  seed = 1,
): Expense[] {
  const rng = createRng(seed, EXPENSE_STREAM);
  const expenses: Expense[] = [];
  const end = dataset.range.end.getTime();
  const first = dataset.range.start;
  for (let month = 0; ; month++) {
    const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month, 1);
    if (start >= end) break;
    const next = Math.min(end, Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month + 1, 1));
    const days = Math.max(1, Math.floor((next - start) / (24 * HOUR_MS)));
    for (const seller of dataset.sellers) {
      for (const [category, base, extra, low, high] of PROFILE) {
        const count = base + rng.int(extra + 1);
        for (let i = 0; i < count; i++) {
          const time = start + rng.int(days) * 24 * HOUR_MS + (8 + rng.int(11)) * HOUR_MS;
          if (time < dataset.range.start.getTime() || time >= end) continue;
          expenses.push({
            id: `e-${String(expenses.length + 1).padStart(6, "0")}`,
            sellerId: seller.id,
            date: new Date(time),
            amount: amountOf(rng, low, high),
            currency: "EUR",
            category,
          });
        }
      }
    }
  }
  return expenses;
}
