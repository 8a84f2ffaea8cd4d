/**
 * The fuzz properties of the operational indicators (`operationsFuzz.ts`) in the test suite, at
 * fewer runs than the headline ones (`fuzz.test-prop.ts`): each property draws the plain or the
 * grouped form, and the grouped forms compute the indicator once per group. `npm run fuzz` runs
 * them with many more runs.
 */
import { describe, expect, it } from "vitest";
// `./operationsFuzz.js` first: it loads the library before @fast-check/poisoning takes its snapshot of the globals.
import { operationsFuzzProperties } from "./operationsFuzz.js";
import { assertNoPoisoning } from "@fast-check/poisoning";
import fc from "fast-check";

/** Runs per property in the suite (each property stays well under 2 s at this count). */
const SUITE_RUNS = 100;
/** vitest's own globals, which it changes between and during tests. */
const VITEST_GLOBALS = /^__vitest_/;

describe("fuzzing the operational indicators: each call returns or throws a CrmKpiError, and no global is polluted", () => {
  for (const { name, property } of operationsFuzzProperties({
    fullPoisoningCheckEvery: 10,
    ignoredRootRegex: VITEST_GLOBALS,
  })) {
    it(name, () => {
      fc.assert(property, { numRuns: SUITE_RUNS });
    });
  }

  it("leaves every global as it was once all the properties have run", () => {
    expect(() => {
      assertNoPoisoning({ ignoredRootRegex: VITEST_GLOBALS });
    }).not.toThrow();
  });
});
