import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { tryParseAmount, type DecimalInput } from "../../money/decimal.js";

/**
 * A stage to probability map, as a caller gives it: a `Map` or a plain object whose own keys are
 * the stage names. Every probability is a decimal in [0, 1].
 * @category Pipeline
 */
export type StageProbabilities = ReadonlyMap<string, DecimalInput> | Readonly<Record<string, DecimalInput>>;

function describeStage(stage: unknown): string {
  return typeof stage === "string" ? JSON.stringify(stage.slice(0, 80)) : typeof stage;
}

function readProbability(stage: unknown, raw: unknown): Decimal {
  const parsed = tryParseAmount(raw);
  if (!parsed.ok) {
    throw new InvalidArgumentError(
      `the probability of stage ${describeStage(stage)} is not a decimal: ${parsed.message}`,
    );
  }
  const value = parsed.value;
  if (value.isNegative() || value.greaterThan(1)) {
    throw new InvalidArgumentError(
      `the probability of stage ${describeStage(stage)} must be in [0, 1], got ${value.toString()}`,
    );
  }
  return value;
}

/**
 * Reads and checks a stage to probability map (the "% de chance de remporter un deal" of the
 * article's pipeline commercial, per stage) into a `Map` from stage name to `Decimal`.
 *
 * Formula in words: each entry's probability is read as a decimal and must lie in [0, 1]. A plain
 * object is read through its own keys only (`Object.keys`), so a stage named `"__proto__"` or
 * `"constructor"` is an ordinary stage and inherited properties are never stages.
 *
 * @param input - a `Map` or a plain object from stage name to probability
 *   (a decimal string, a finite number or a `Decimal`)
 * @returns a new `Map` from stage name to its probability, in the input's order
 * @throws {@link InvalidArgumentError} when the map is missing or not a `Map`/plain object, a key
 *   is not a string, or a probability is not a decimal or lies outside [0, 1]
 * @example
 * ```ts
 * const stages = stageProbabilityMap({ qualification: "0.2", proposal: 0.5, ["__proto__"]: "0.9" });
 * stages.get("proposal")?.toString();  //=> "0.5"
 * stages.get("__proto__")?.toString(); //=> "0.9"
 * stageProbabilityMap({ won: "1.5" }); // throws InvalidArgumentError (not in [0, 1])
 * ```
 * @category Pipeline
 */
export function stageProbabilityMap(input: StageProbabilities): Map<string, Decimal> {
  const result = new Map<string, Decimal>();
  if (input instanceof Map) {
    for (const [stage, raw] of input as ReadonlyMap<unknown, unknown>) {
      if (typeof stage !== "string")
        throw new InvalidArgumentError(`stage names must be strings, got a ${typeof stage}`);
      result.set(stage, readProbability(stage, raw));
    }
    return result;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError("stageProbabilities must be a Map or a plain object from stage name to probability");
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const stage of Object.keys(record)) {
    const descriptor = Object.getOwnPropertyDescriptor(record, stage);
    result.set(stage, readProbability(stage, descriptor?.value));
  }
  return result;
}
