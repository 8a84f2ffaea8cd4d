/**
 * Scopes (company, team, seller) as filters over owners and targets, and the split of a table's
 * rows into seller or team groups.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import type { Scope, Seller, TargetLevel } from "../model/types.js";
import { checkSellers, teamsOf } from "../model/_teams.js";
import { safeString } from "../errors/describe.js";

/** Decides which owners and which targets belong to a scope. */
export interface ScopeFilter {
  readonly scope: Scope;
  /** Whether a record owned by `ownerId` counts in the scope. */
  includesOwner(ownerId: string): boolean;
  /** Whether a target set at (`level`, `scopeId`) is the scope's own (settled detail 1: no roll-up). */
  ownsTarget(target: { readonly level: TargetLevel; readonly scopeId?: string | undefined }): boolean;
  /**
   * The owners the scope counts, for a plan's `owners`: the seller, or the roster's members of the
   * team; `undefined` for the company (every owner).
   */
  readonly owners: readonly string[] | undefined;
}

const COMPANY: Scope = { level: "company" };

/** A scope's filter: the scope, with its team's roster when it is a team. */
class OwnerScope implements ScopeFilter {
  readonly owners: readonly string[] | undefined;

  constructor(
    readonly scope: Scope,
    private readonly id: string | null,
    private readonly teams: ReadonlyMap<string, string> | null,
  ) {
    if (id === null) this.owners = undefined;
    else if (teams === null) this.owners = [id];
    else this.owners = [...teams].filter(([, team]) => team === id).map(([seller]) => seller);
  }

  includesOwner(ownerId: string): boolean {
    if (this.id === null) return true;
    return this.teams === null ? ownerId === this.id : this.teams.get(ownerId) === this.id;
  }

  ownsTarget(target: { readonly level: TargetLevel; readonly scopeId?: string | undefined }): boolean {
    return target.level === this.scope.level && (this.id === null || target.scopeId === this.id);
  }
}

/** A filter that keeps every target (a group's targets are already its own). */
export const EVERYTHING: Pick<ScopeFilter, "ownsTarget"> = {
  ownsTarget: (): boolean => true,
};

export function resolveScope(scope: Scope | undefined, sellers: readonly Seller[] | undefined): ScopeFilter {
  checkSellers(sellers);
  const resolved = scope ?? COMPANY;
  switch (resolved.level) {
    // Results carry a fresh scope object, not the caller's (which may hold other keys).
    case "company":
      return new OwnerScope({ level: "company" }, null, null);
    case "seller": {
      const id = resolved.sellerId;
      if (typeof id !== "string") throw new InvalidArgumentError("a seller scope needs a sellerId");
      return new OwnerScope({ level: "seller", sellerId: id }, id, null);
    }
    case "team": {
      const id = resolved.teamId;
      if (typeof id !== "string") throw new InvalidArgumentError("a team scope needs a teamId");
      if (sellers === undefined)
        throw new InvalidArgumentError(
          "a team scope needs the sellers roster (option sellers) to know who is in the team",
        );
      return new OwnerScope({ level: "team", teamId: id }, id, teamsOf(sellers));
    }
    default:
      throw new InvalidArgumentError(
        `unknown scope level ${JSON.stringify(safeString((resolved as { level: unknown }).level)).slice(0, 40)}`,
      );
  }
}

/** How a grouped computation splits its input. */
export type GroupBy = "seller" | "team";

/** One group of a grouped computation over a table: its key, its scope, and its rows (in table order). */
export interface RowGroup {
  readonly key: string;
  readonly scope: Scope;
  readonly rows: number[];
}

/**
 * Splits a table's rows into groups by owner (or by the owner's team in the roster). Sellers of
 * the roster appear with no rows when they own nothing (spec: zeros, not missing); owners found in
 * the table are never removed (settled detail 15). Owners with no team in the roster are in no
 * team group. Groups come in roster order, then owners in order of first appearance; each group's
 * rows are in table order.
 *
 * @param ownerCodes - each row's owner code
 * @param owners - the table's owner dictionary (in order of first appearance)
 */
export function groupRows(
  ownerCodes: Uint32Array,
  owners: readonly string[],
  groupBy: GroupBy,
  sellers: readonly Seller[] | undefined,
): RowGroup[] {
  const groups = groupRowsByOwner(ownerCodes, owners, groupBy, sellers);
  if (groupBy === "team") for (const group of groups) group.rows.sort((a, b) => a - b);
  return groups;
}

/**
 * The groups of {@link groupRows}, with a team's rows owner by owner (the roster's sellers in
 * roster order, then the other owners in order of first appearance), each owner's rows in table
 * order: the order in which grouped indicators met a team's records before they read tables,
 * which decides which currency a `MixedCurrencyError` names first.
 */
function groupRowsByOwner(
  ownerCodes: Uint32Array,
  owners: readonly string[],
  groupBy: GroupBy,
  sellers: readonly Seller[] | undefined,
): RowGroup[] {
  checkSellers(sellers);
  const rowsByCode: number[][] = owners.map(() => []);
  for (let row = 0; row < ownerCodes.length; row++) (rowsByCode[ownerCodes[row] as number] as number[]).push(row);
  const byOwner = new Map<string, number[]>();
  for (const seller of sellers ?? []) if (!byOwner.has(seller.id)) byOwner.set(seller.id, []);
  for (let code = 0; code < owners.length; code++) {
    const owner = owners[code] as string;
    const rows = rowsByCode[code] as number[];
    const listed = byOwner.get(owner);
    if (listed === undefined) byOwner.set(owner, rows);
    else for (const row of rows) listed.push(row);
  }
  if (groupBy === "seller") {
    return [...byOwner].map(([key, rows]) => ({ key, scope: { level: "seller", sellerId: key }, rows }));
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (groupBy !== "team")
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  const teams = teamsOf(sellers);
  const byTeam = new Map<string, number[]>();
  for (const seller of sellers ?? [])
    if (seller.teamId !== undefined && !byTeam.has(seller.teamId)) byTeam.set(seller.teamId, []);
  for (const [owner, rows] of byOwner) {
    const team = teams.get(owner);
    if (team === undefined) continue;
    const members = byTeam.get(team) as number[];
    for (const row of rows) members.push(row);
  }
  return [...byTeam].map(([key, rows]) => ({ key, scope: { level: "team", teamId: key }, rows }));
}
