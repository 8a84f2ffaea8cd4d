import { InvalidArgumentError } from "../errors/index.js";
import type { Scope } from "../indicators/types.js";
import type { Seller, TargetLevel } from "../model/types.js";
import { shown } from "./options.js";

/** Decides which owners and which targets belong to a scope. */
export interface ScopeFilter {
  readonly scope: Scope;
  /** Whether a record owned by `ownerId` counts in the scope. */
  includesOwner(ownerId: string): boolean;
  /** Whether a target set at (`level`, `scopeId`) is the scope's own (settled detail 1: no roll-up). */
  ownsTarget(target: { readonly level: TargetLevel; readonly scopeId?: string | undefined }): boolean;
}

const COMPANY: Scope = { level: "company" };

/** Rejects a roster that is not an array (iterating it would throw a TypeError, or walk a string's characters). */
function checkSellers(sellers: unknown): void {
  if (sellers !== undefined && !Array.isArray(sellers)) throw new InvalidArgumentError(`sellers must be an array of sellers, not ${sellers === null ? "null" : typeof sellers}`);
}

/** Team of every seller in the roster. @throws InvalidArgumentError when the roster is not an array */
export function teamsOf(sellers: readonly Seller[] | undefined): Map<string, string> {
  checkSellers(sellers);
  const teams = new Map<string, string>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined) teams.set(seller.id, seller.teamId);
  return teams;
}

export function resolveScope(scope: Scope | undefined, sellers: readonly Seller[] | undefined): ScopeFilter {
  checkSellers(sellers);
  const resolved = scope ?? COMPANY;
  switch (resolved.level) {
    // Results carry a fresh scope object, not the caller's (which may hold other keys).
    case "company":
      return { scope: { level: "company" }, includesOwner: () => true, ownsTarget: (t) => t.level === "company" };
    case "seller": {
      const id = resolved.sellerId;
      if (typeof id !== "string") throw new InvalidArgumentError("a seller scope needs a sellerId");
      return { scope: { level: "seller", sellerId: id }, includesOwner: (owner) => owner === id, ownsTarget: (t) => t.level === "seller" && t.scopeId === id };
    }
    case "team": {
      const id = resolved.teamId;
      if (typeof id !== "string") throw new InvalidArgumentError("a team scope needs a teamId");
      if (sellers === undefined) throw new InvalidArgumentError("a team scope needs the sellers roster (option sellers) to know who is in the team");
      const teams = teamsOf(sellers);
      return { scope: { level: "team", teamId: id }, includesOwner: (owner) => teams.get(owner) === id, ownsTarget: (t) => t.level === "team" && t.scopeId === id };
    }
    default:
      throw new InvalidArgumentError(`unknown scope level ${JSON.stringify(shown((resolved as { level: unknown }).level)).slice(0, 40)}`);
  }
}

/** How a grouped computation splits its input. */
export type GroupBy = "seller" | "team";

/** One group of a grouped computation: its key, its scope, and the records of its owners. */
export interface Group<T> {
  readonly key: string;
  readonly scope: Scope;
  readonly records: T[];
}

/**
 * Splits records into groups by owner (or by the owner's team in the roster). Sellers of the
 * roster appear with an empty list when they own nothing (spec: zeros, not missing); owners found
 * in the records are never removed (settled detail 15). Owners with no team in the roster are in
 * no team group. Groups come in roster order, then in order of first appearance.
 */
export function groupRecords<T>(
  records: readonly T[],
  ownerOf: (record: T) => string,
  groupBy: GroupBy,
  sellers: readonly Seller[] | undefined,
): Group<T>[] {
  checkSellers(sellers);
  const byOwner = new Map<string, T[]>();
  for (const seller of sellers ?? []) if (!byOwner.has(seller.id)) byOwner.set(seller.id, []);
  for (const record of records) {
    const owner = ownerOf(record);
    const list = byOwner.get(owner);
    if (list === undefined) byOwner.set(owner, [record]);
    else list.push(record);
  }
  if (groupBy === "seller") {
    return [...byOwner].map(([key, list]) => ({ key, scope: { level: "seller", sellerId: key }, records: list }));
  }
  if (groupBy !== "team") throw new InvalidArgumentError(`groupBy must be "seller" or "team", got ${JSON.stringify(shown(groupBy)).slice(0, 40)}`);
  const teams = teamsOf(sellers);
  const byTeam = new Map<string, T[]>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined && !byTeam.has(seller.teamId)) byTeam.set(seller.teamId, []);
  for (const [owner, list] of byOwner) {
    const team = teams.get(owner);
    if (team === undefined) continue;
    // One push per record: spreading a long list into push() overflows the call stack (RangeError).
    const members = byTeam.get(team) as T[];
    for (const record of list) members.push(record);
  }
  return [...byTeam].map(([key, list]) => ({ key, scope: { level: "team", teamId: key }, records: list }));
}
