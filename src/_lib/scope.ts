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
