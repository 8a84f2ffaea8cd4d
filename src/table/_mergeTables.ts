/**
 * Merges tables of one kind, built from consecutive runs of rows, into the table one builder
 * would have built from all the rows in order: columns end to end, row keys of the exact-value maps
 * moved by the rows before, and every dictionary rebuilt in order of first appearance (so codes
 * and values are those of a single build, not merely equivalent).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { branded, type TableKind } from "./_columns.js";
import { Dictionary, NO_CODE } from "./dictionary.js";
import type { OptionalCodes, OptionalDecimals } from "./_optionalColumns.js";

/** Each coded column of the tables, and the column of its distinct values. */
const CODED: ReadonlyMap<string, string> = new Map([
  ["ownerCodes", "owners"],
  ["currencyCodes", "currencies"],
  ["stageCodes", "stages"],
  ["lossReasonCodes", "lossReasons"],
  ["competitorCodes", "competitors"],
  ["typeCodes", "types"],
]);
const DICTIONARY_COLUMNS: ReadonlySet<string> = new Set(CODED.values());

type Part = Readonly<Record<string, unknown>> & { readonly kind: TableKind; readonly size: number };

/** The codes of the parts' coded column into one dictionary (`NO_CODE` stays absent). */
function mergeCodes(
  parts: readonly Part[],
  codesOf: (part: Part) => Uint32Array | undefined,
  valuesOf: (part: Part) => readonly string[],
  size: number,
): { readonly codes: Uint32Array; readonly values: string[] } {
  const codes = new Uint32Array(size);
  const dictionary = new Dictionary();
  let offset = 0;
  for (const part of parts) {
    const own = codesOf(part);
    if (own === undefined) codes.fill(NO_CODE, offset, offset + part.size);
    else {
      const values = valuesOf(part);
      const global = new Uint32Array(values.length).fill(NO_CODE);
      for (let row = 0; row < part.size; row++) {
        const code = own[row] as number;
        if (code === NO_CODE) {
          codes[offset + row] = NO_CODE;
          continue;
        }
        let mapped = global[code] as number;
        if (mapped === NO_CODE) mapped = global[code] = dictionary.codeOf(values[code] as string);
        codes[offset + row] = mapped;
      }
    }
    offset += part.size;
  }
  return { codes, values: dictionary.values };
}

function concatNumbers<A extends Float64Array | Uint8Array>(
  parts: readonly Part[],
  columnOf: (part: Part) => A | undefined,
  make: (size: number) => A,
  size: number,
  absent: number,
): A {
  const out = make(size);
  let offset = 0;
  for (const part of parts) {
    const column = columnOf(part);
    if (column === undefined) out.fill(absent, offset, offset + part.size);
    else out.set(column, offset);
    offset += part.size;
  }
  return out;
}

function shiftedMap(
  parts: readonly Part[],
  mapOf: (part: Part) => ReadonlyMap<number, Decimal> | undefined,
): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  let offset = 0;
  for (const part of parts) {
    for (const [row, value] of mapOf(part) ?? []) out.set(offset + row, value);
    offset += part.size;
  }
  return out;
}

function isOptionalCodes(value: unknown): value is OptionalCodes {
  return typeof value === "object" && value !== null && "codes" in value && "values" in value;
}

function isOptionalDecimals(value: unknown): value is OptionalDecimals {
  return typeof value === "object" && value !== null && "scaled" in value && "exact" in value;
}

/**
 * The table of `parts`' rows in order, as one builder would build it.
 *
 * @param parts - tables of one kind (at least one), in row order
 * @returns the merged table (the part itself when there is one)
 */
export function mergeTables<T extends { readonly kind: TableKind; readonly size: number }>(parts: readonly T[]): T {
  const all = parts as readonly Part[];
  const first = all[0];
  if (first === undefined) throw new Error("[crm-kpi] internal: no table to merge");
  if (all.length === 1) return parts[0] as T;
  const size = all.reduce((total, part) => total + part.size, 0);
  const out: Record<string, unknown> = { kind: first.kind, size };
  const keys = new Set<string>();
  for (const part of all) for (const key of Object.keys(part)) keys.add(key);
  for (const key of keys) {
    if (key === "kind" || key === "size" || DICTIONARY_COLUMNS.has(key)) continue;
    const valuesKey = CODED.get(key);
    if (valuesKey !== undefined) {
      const merged = mergeCodes(
        all,
        (part) => part[key] as Uint32Array | undefined,
        (part) => (part[valuesKey] as readonly string[] | undefined) ?? [],
        size,
      );
      out[key] = merged.codes;
      out[valuesKey] = merged.values;
      continue;
    }
    const sample = all.map((part) => part[key]).find((value) => value !== undefined);
    if (sample instanceof Float64Array)
      out[key] = concatNumbers(
        all,
        (part) => part[key] as Float64Array,
        (n) => new Float64Array(n),
        size,
        Number.NaN,
      );
    else if (sample instanceof Uint8Array)
      out[key] = concatNumbers(
        all,
        (part) => part[key] as Uint8Array,
        (n) => new Uint8Array(n),
        size,
        0,
      );
    else if (Array.isArray(sample)) out[key] = ([] as unknown[]).concat(...all.map((part) => part[key] as unknown[]));
    else if (sample instanceof Map) out[key] = shiftedMap(all, (part) => part[key] as ReadonlyMap<number, Decimal>);
    else if (isOptionalCodes(sample))
      out[key] = mergeCodes(
        all,
        (part) => (part[key] as OptionalCodes | undefined)?.codes,
        (part) => (part[key] as OptionalCodes | undefined)?.values ?? [],
        size,
      );
    else if (isOptionalDecimals(sample))
      out[key] = {
        scaled: concatNumbers(
          all,
          (part) => (part[key] as OptionalDecimals | undefined)?.scaled,
          (n) => new Float64Array(n),
          size,
          Number.NaN,
        ),
        exact: shiftedMap(all, (part) => (part[key] as OptionalDecimals | undefined)?.exact),
      };
    else throw new Error(`[crm-kpi] internal: cannot merge the table column ${key}`);
  }
  return branded(out as unknown as T);
}
