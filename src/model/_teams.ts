/**
 * The roster's teams: who is in which team.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import type { Seller } from "./types.js";

/** Rejects a roster that is not an array (iterating it would throw a TypeError, or walk a string's characters). */
export function checkSellers(sellers: unknown): void {
  if (sellers !== undefined && !Array.isArray(sellers))
    throw new InvalidArgumentError(
      `sellers must be an array of sellers, not ${sellers === null ? "null" : typeof sellers}`,
    );
}

/** Team of every seller in the roster. @throws InvalidArgumentError when the roster is not an array */
export function teamsOf(sellers: readonly Seller[] | undefined): Map<string, string> {
  checkSellers(sellers);
  const teams = new Map<string, string>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined) teams.set(seller.id, seller.teamId);
  return teams;
}
