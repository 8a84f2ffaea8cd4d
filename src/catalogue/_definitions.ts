/**
 * The registered definitions by id, for the functions that compute by id.
 *
 * @internal
 * @module
 */
import { UnknownIndicatorError } from "../errors/index.js";
import type { IndicatorDefinition } from "./defineIndicator.js";
import { INDICATOR_DEFINITIONS } from "./registry.js";

/** A definition whose id, options and result are known only at run time. */
export type RuntimeDefinition = IndicatorDefinition;

const BY_ID: ReadonlyMap<string, RuntimeDefinition> = new Map(
  INDICATOR_DEFINITIONS.map((definition): [string, RuntimeDefinition] => [definition.id, definition]),
);

/** Every registered id, in registration order. */
export const DEFINED_IDS: readonly string[] = Object.freeze([...BY_ID.keys()]);

/**
 * The definition of `id`.
 *
 * @throws {@link UnknownIndicatorError} naming `id` and the known ids when none has it
 */
export function definitionOf(id: unknown): RuntimeDefinition {
  const definition = typeof id === "string" ? BY_ID.get(id) : undefined;
  if (definition === undefined)
    throw new UnknownIndicatorError(typeof id === "string" ? id : `(${typeof id})`, DEFINED_IDS);
  return definition;
}
