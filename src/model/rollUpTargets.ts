import { InvalidArgumentError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import { teamsOf } from "./_teams.js";
import type { Seller, TargetLevel } from "./types.js";

/** What {@link rollUpTargets} needs of a target: revenue and activity targets both have it. @category Model */
export interface TargetLike {
  /** The target's id. */
  readonly id: string;
  /** The level it is set at. */
  readonly level: TargetLevel;
  /** The seller or team id. */
  readonly scopeId?: string | undefined;
}

/** Options of {@link rollUpTargets}. @category Model */
export interface RollUpOptions {
  /** The level to roll sellers' targets up to. */
  readonly to: "team" | "company";
  /** The roster, for each seller's team (needed for `to: "team"`). */
  readonly sellers?: readonly Seller[];
}

/** What {@link rollUpTargets} gives back. @category Model */
export interface RollUpResult<T> {
  /** One copy of each seller target, set at the requested level (ids prefixed `rollup:`). */
  readonly targets: T[];
  /** Ids of seller targets that could not be placed: their seller has no team in the roster. */
  readonly unassigned: string[];
}

/**
 * Rolls sellers' targets up to their team (or the company). Team and company figures use only
 * the targets set at their own level (spec settled detail 1); this helper is how a caller asks
 * for "the team's target is the sum of its sellers' targets": pass the copies it returns
 * together with (or instead of) the team's own targets. Each copy keeps its range and amount,
 * so after proration the team target is the sum of the sellers' prorated targets.
 * Works for revenue targets and activity targets alike.
 *
 * @param targets - targets at any level; only `level: "seller"` ones are rolled up
 * @param options - the level to roll up to and the roster
 * @returns the rolled-up copies and the ids of seller targets with no team
 * @throws {@link InvalidArgumentError} when `options` is not an object, `to` is unknown, or is `"team"`
 *   without a roster, or the roster is not an array
 * @example
 * ```ts
 * const sellers = [{ id: "ana", name: "Ana", teamId: "north" }];
 * const year2026 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };
 * rollUpTargets([{ id: "t1", level: "seller", scopeId: "ana", ...year2026, amount: toDecimal("120000"), currency: "EUR" }], { to: "team", sellers });
 * //=> { targets: [{ id: "rollup:t1", level: "team", scopeId: "north", ... }], unassigned: [] }
 * ```
 * @category Model
 */
export function rollUpTargets<T extends TargetLike>(targets: readonly T[], options: RollUpOptions): RollUpResult<T> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("rollUpTargets needs options { to, sellers }");
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (options.to !== "team" && options.to !== "company") {
    throw new InvalidArgumentError(
      `rollUpTargets: "to" must be "team" or "company", got ${JSON.stringify(safeString(options.to)).slice(0, 40)}`,
    );
  }
  if (options.to === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError("rollUpTargets to teams needs the sellers roster (option sellers)");
  }
  const teams = teamsOf(options.sellers);
  const rolled: T[] = [];
  const unassigned: string[] = [];
  for (const target of targets) {
    if (target.level !== "seller") continue;
    if (options.to === "company") {
      const { scopeId: _dropped, ...rest } = target;
      rolled.push({ ...rest, id: `rollup:${target.id}`, level: "company" } as unknown as T);
      continue;
    }
    const team = target.scopeId === undefined ? undefined : teams.get(target.scopeId);
    if (team === undefined) unassigned.push(target.id);
    else rolled.push({ ...target, id: `rollup:${target.id}`, level: "team", scopeId: team });
  }
  return { targets: rolled, unassigned };
}
