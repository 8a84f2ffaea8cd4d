/**
 * The crm-kpi the benchmark times: the built package (`dist/`, what users import; `npm run bench`
 * builds it first), or the TypeScript sources run through tsx with `BENCH_LIBRARY=src` (slower:
 * each module is its own unit for the JIT, where the bundle is one). Types come from the sources
 * either way. Not part of the test suite.
 *
 * @module
 */
import type * as CrmKpi from "../../src/index.js";

/** Which build is timed: `dist` (default) or `src`. */
export const LIBRARY_BUILD: "dist" | "src" = process.env["BENCH_LIBRARY"] === "src" ? "src" : "dist";

/** The package's public API, from the build timed. */
export const crmKpi: typeof CrmKpi = (await import(
  LIBRARY_BUILD === "src" ? "../../src/index.js" : "../../dist/index.js"
)) as typeof CrmKpi;
