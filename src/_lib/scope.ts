import { InvalidArgumentError } from "../errors/index.js";
import type { Scope } from "../indicators/types.js";
import type { Seller, TargetLevel } from "../model/types.js";

/** Decides which owners and which targets belong to a scope. */
export interface ScopeFilter {
  readonly scope: Scope;
  /** Whether a record owned by `ownerId` counts in the scope. */
  includesOwner(ownerId: string): boolean;
  /** Whether a target set at (`level`, `scopeId`) is the scope's own (settled detail 1: no roll-up). */
  ownsTarget(target: { readonly level: TargetLevel; readonly scopeId?: string | undefined }): boolean;
}

const COMPANY: Scope = { level: "company" };

/** Team of every seller in the roster. */
export function teamsOf(sellers: readonly Seller[] | undefined): Map<string, string> {
  const teams = new Map<string, string>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined) teams.set(seller.id, seller.teamId);
  return teams;
}

export function resolveScope(scope: Scope | undefined, sellers: readonly Seller[] | undefined): ScopeFilter {
  const resolved = scope ?? COMPANY;
  switch (resolved.level) {
    case "company":
      return { scope: resolved, includesOwner: () => true, ownsTarget: (t) => t.level === "company" };
    case "seller": {
      const id = resolved.sellerId;
      if (typeof id !== "string") throw new InvalidArgumentError("a seller scope needs a sellerId");
      return { scope: resolved, includesOwner: (owner) => owner === id, ownsTarget: (t) => t.level === "seller" && t.scopeId === id };
    }
    case "team": {
      const id = resolved.teamId;
      if (typeof id !== "string") throw new InvalidArgumentError("a team scope needs a teamId");
      if (sellers === undefined) throw new InvalidArgumentError("a team scope needs the sellers roster (option sellers) to know who is in the team");
      const teams = teamsOf(sellers);
      return { scope: resolved, includesOwner: (owner) => teams.get(owner) === id, ownsTarget: (t) => t.level === "team" && t.scopeId === id };
    }
    default:
      throw new InvalidArgumentError(`unknown scope level ${JSON.stringify((resolved as { level: unknown }).level)}`);
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
  if (groupBy !== "team") throw new InvalidArgumentError(`groupBy must be "seller" or "team", got ${JSON.stringify(String(groupBy)).slice(0, 40)}`);
  const teams = teamsOf(sellers);
  const byTeam = new Map<string, T[]>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined && !byTeam.has(seller.teamId)) byTeam.set(seller.teamId, []);
  for (const [owner, list] of byOwner) {
    const team = teams.get(owner);
    if (team !== undefined) (byTeam.get(team) as T[]).push(...list);
  }
  return [...byTeam].map(([key, list]) => ({ key, scope: { level: "team", teamId: key }, records: list }));
}
