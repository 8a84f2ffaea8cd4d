/**
 * Issue "Reliability", part 3, in the test suite: the fuzz properties of `fuzz.ts` (every parse
 * function, the money and date readers, every indicator, the period and money helpers) at a few
 * hundred runs each. `npm run fuzz` (`fuzzMain.ts`) runs the same properties with many more runs.
 */
import { describe, expect, it } from "vitest";
// `./fuzz.js` first: it loads the library before @fast-check/poisoning takes its snapshot of the globals.
import { fuzzProperties } from "./fuzz.js";
import { assertNoPoisoning } from "@fast-check/poisoning";
import fc from "fast-check";

/** Runs per property in the suite (each property stays well under 2 s at this count). */
const SUITE_RUNS = 200;
/** vitest's own globals, which it changes between and during tests. */
const VITEST_GLOBALS = /^__vitest_/;

describe("fuzzing: each call returns or throws a CrmKpiError, and no global is polluted", () => {
  for (const { name, property } of fuzzProperties({ fullPoisoningCheckEvery: 10, ignoredRootRegex: VITEST_GLOBALS })) {
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
