import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { openDuckDb, type TestEngine } from "./engines.js";
import { datasetArb, expectParity } from "./parity.js";

describe("SQL parity on embedded DuckDB", () => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await openDuckDb();
  });
  afterAll(async () => {
    await engine.close();
  });

  it("every headline figure equals the in-memory result, exactly", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), (data) => expectParity(engine, data)),
      { numRuns: 12 },
    );
  });
});
