/**
 * CSV records to the raw rows the parsers read: the header mapped to field names (the caller's
 * `columns`, then the preset's, then the field's own name), preset values translated, derived
 * fields filled, defaults for absent fields.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import type { CsvReadOptions } from "./csvTypes.js";
import type { CsvRecordKind } from "./recordKinds.js";
import { CSV_PRESETS, type CsvPreset, type CsvPresetKind, type CsvRow } from "./presets.js";

/** The preset's rules for `kind`, or `null` without a preset (or when it has none for `kind`). */
export function presetRules(kind: CsvRecordKind, preset: CsvReadOptions["preset"]): CsvPresetKind | null {
  if (preset === undefined) return null;
  let resolved: CsvPreset | undefined;
  if (typeof preset === "string") {
    resolved = Object.hasOwn(CSV_PRESETS, preset) ? CSV_PRESETS[preset] : undefined;
    if (resolved === undefined)
      throw new InvalidArgumentError(
        `unknown preset ${describeValue(preset)}: use one of ${Object.keys(CSV_PRESETS).join(", ")}`,
      );
  } else resolved = preset;
  return resolved.kinds[kind] ?? null;
}

function lookup(map: Readonly<Record<string, unknown>> | undefined, key: string): unknown {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * The field(s) each header column fills: `columns` first, then the preset's columns (exact name,
 * then without case and outer spaces), then the column's own name.
 */
export function mapHeader(
  header: readonly string[],
  columns: CsvReadOptions["columns"],
  rules: CsvPresetKind | null,
): (readonly string[])[] {
  const presetColumns = rules?.columns;
  const folded = new Map<string, string | readonly string[]>();
  if (presetColumns !== undefined)
    for (const [name, field] of Object.entries(presetColumns)) folded.set(name.trim().toLowerCase(), field);
  return header.map((name) => {
    const given = lookup(columns, name) ?? lookup(columns, name.trim());
    if (given !== undefined) {
      if (typeof given !== "string")
        throw new InvalidArgumentError(
          `columns[${JSON.stringify(name)}] must be a field name, not ${describeValue(given)}`,
        );
      return [given];
    }
    const fromPreset = lookup(presetColumns, name) ?? folded.get(name.trim().toLowerCase());
    if (fromPreset !== undefined) return typeof fromPreset === "string" ? [fromPreset] : (fromPreset as string[]);
    return [name.trim()];
  });
}

/** Builds one row per record. */
export class RowBuilder {
  private readonly values: readonly (readonly [string, Map<string, string>, string | undefined])[];
  private readonly defaults: readonly (readonly [string, string])[];

  /**
   * @param fields - the field(s) of each header column ({@link mapHeader})
   * @param rules - the preset's rules for the kind, if any
   * @param defaults - values for absent or empty fields
   */
  constructor(
    private readonly fields: readonly (readonly string[])[],
    private readonly rules: CsvPresetKind | null,
    defaults: CsvReadOptions["defaults"],
  ) {
    this.values = Object.entries(rules?.values ?? {}).map(([field, table]) => {
      const map = new Map<string, string>();
      for (const [from, to] of Object.entries(table)) if (from !== "*") map.set(from.trim().toLowerCase(), to);
      return [field, map, lookup(table, "*") as string | undefined] as const;
    });
    this.defaults = Object.entries(defaults ?? {}).map(([field, value]) => {
      if (typeof value !== "string")
        throw new InvalidArgumentError(`defaults.${field} must be a string, not ${describeValue(value)}`);
      return [field, value] as const;
    });
  }

  /** The row of one record (extra fields beyond the header go under `column N`, 1-based). */
  row(record: readonly string[]): CsvRow {
    const row = Object.create(null) as CsvRow;
    const { fields } = this;
    for (let column = 0; column < record.length; column++) {
      const value = record[column] as string;
      const targets = fields[column];
      if (targets === undefined) {
        if (value !== "") row[`column ${column + 1}`] = value;
        continue;
      }
      for (const target of targets) row[target] = value;
    }
    for (const [field, map, otherwise] of this.values) {
      const value = row[field];
      if (value === undefined || value === "") continue;
      const translated = map.get(value.trim().toLowerCase()) ?? otherwise;
      if (translated !== undefined) row[field] = translated;
    }
    this.rules?.derive?.(row);
    for (const [field, value] of this.defaults) if (row[field] === undefined || row[field] === "") row[field] = value;
    return row;
  }
}
