/**
 * The parity suite every engine runs: the headline forms and the catalogue indicators that compile
 * give exactly the in-memory results, and what cannot run in SQL is refused before any query.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { TestEngine } from "./engines.js";
import { expectCatalogueParity, expectOthersRefused } from "./catalogue.js";
import { datasetArb, expectHandWrittenRatesRefused, expectParity, expectReachedParity } from "./parity.js";

/** Declares the parity suite `title` over the engine `open` starts (and the suite closes). */
export function describeParity(title: string, open: () => Promise<TestEngine>): void {
  describe(title, () => {
    let engine: TestEngine;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine.close();
    });

    it("every headline figure equals the in-memory result, exactly, exchange-rate conversion included", async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb(), (data) => expectParity(engine, data)),
        { numRuns: 8 },
      );
    });

    it("every catalogue indicator whose plans compile equals computeIndicator's result, exactly", async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb(), (data) => expectCatalogueParity(engine, data)),
        { numRuns: 3 },
      );
    });

    it("a plan's furthest ranks per key (reached) equal the in-memory cells, exactly", async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb(), (data) => expectReachedParity(engine, data)),
        { numRuns: 5 },
      );
    });

    it("the other catalogue indicators are refused before any query, naming the id", async () => {
      await expectOthersRefused(engine);
    });

    it("exchange rates written by hand are refused before any query", async () => {
      await expectHandWrittenRatesRefused(engine);
    });
  });
}
