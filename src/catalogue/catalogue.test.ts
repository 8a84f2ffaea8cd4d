/**
 * The catalogue and the definitions hold each other: every entry has exactly one definition (one
 * function), every definition exactly one entry. Written over `CATALOGUE` and
 * `INDICATOR_DEFINITIONS` as a whole, so it keeps holding, and keeps checking, as groups add theirs.
 */
import { describe, expect, it } from "vitest";
import * as api from "../index.js";
import { LABELS } from "../format/labels.js";
import { CATALOGUE } from "./entries/index.js";
import { RECORD_DATA_KEYS } from "./indicatorData.js";
import { INDICATOR_DEFINITIONS } from "./registry.js";

const entryIds = CATALOGUE.map((entry) => entry.id);
const definitionIds = INDICATOR_DEFINITIONS.map((definition) => definition.id);

describe("the catalogue and the definitions", () => {
  it("have unique ids", () => {
    expect(new Set(entryIds).size).toBe(entryIds.length);
    expect(new Set(definitionIds).size).toBe(definitionIds.length);
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("entry %s has exactly one definition", (id) => {
    expect(definitionIds.filter((candidate) => candidate === id)).toEqual([id]);
  });

  it.each(INDICATOR_DEFINITIONS.map((definition) => [definition.id, definition] as const))(
    "definition %s has exactly one entry",
    (id) => {
      expect(entryIds.filter((candidate) => candidate === id)).toEqual([id]);
    },
  );

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))(
    "entry %s names one public function, the one its definition computes with",
    (id, entry) => {
      const definition = INDICATOR_DEFINITIONS.find((candidate) => candidate.id === id);
      const exported = (api as Record<string, unknown>)[entry.compute];
      expect(typeof exported).toBe("function");
      expect(definition?.fn).toBe(exported);
      // No other entry names the same function, save a reading of it: an entry with `readingOf`
      // names the function of the entry it reads.
      if (entry.readingOf !== undefined) {
        expect(CATALOGUE.find((other) => other.id === entry.readingOf?.id)?.compute).toBe(entry.compute);
      }
      expect(
        CATALOGUE.filter((other) => other.compute === entry.compute && other.readingOf === undefined),
      ).toHaveLength(1);
    },
  );

  it.each(INDICATOR_DEFINITIONS.map((definition) => [definition.id, definition] as const))(
    "definition %s requires the first records of its entry, each a known kind",
    (id, definition) => {
      const entry = CATALOGUE.find((candidate) => candidate.id === id);
      expect(definition.requires.length).toBeGreaterThan(0);
      expect(entry?.records.slice(0, definition.requires.length)).toEqual(definition.requires);
      for (const kind of entry?.records ?? []) expect(Object.keys(RECORD_DATA_KEYS)).toContain(kind);
    },
  );

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))(
    "entry %s has a label in both languages for every code it lists",
    (_id, entry) => {
      for (const language of ["en", "fr"] as const) {
        for (const code of entry.reasons ?? []) expect(Object.hasOwn(LABELS[language].reason, code)).toBe(true);
        for (const code of entry.warnings ?? []) expect(Object.hasOwn(LABELS[language].warning, code)).toBe(true);
        for (const code of entry.flags ?? []) expect(Object.hasOwn(LABELS[language].flag, code)).toBe(true);
      }
      expect(entry.label.en).not.toBe("");
      expect(entry.label.fr).not.toBe("");
    },
  );

  it("gives the headline entries the codes their results carry (their types are checked in computeIndicator.test-d.ts)", () => {
    const codes = Object.fromEntries(
      CATALOGUE.slice(0, 5).map((entry) => [entry.id, [entry.formatter, entry.reasons, entry.warnings, entry.flags]]),
    );
    expect(codes).toEqual({
      "revenue-vs-target": ["money", ["no-target", "not-started"], ["targets-below-scope"], undefined],
      "revenue-per-seller": [
        "money",
        [
          "no-target",
          "no-previous",
          "zero-previous",
          "negative-previous",
          "insufficient-history",
          "no-baseline",
          "no-activities",
        ],
        ["as-of-before-range", "partial-range", "quadrants-on-realized"],
        ["drop", "exceptional", "insufficient-history", "no-baseline", "partial", "not-started"],
      ],
      pipeline: ["money", ["no-target", "no-remaining-target"], ["forecast-period-over"], undefined],
      "activity-rate": ["percent", ["no-target", "not-started"], ["short-window", "targets-below-scope"], undefined],
      "lost-deals": [
        "number",
        ["no-closed-deals", "no-closed-value"],
        ["partial-range", "range-not-started"],
        ["spike", "insufficient-history", "partial", "not-started"],
      ],
    });
  });
});
