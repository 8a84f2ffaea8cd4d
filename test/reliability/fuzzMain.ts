/**
 * `npm run fuzz`: the fuzz properties of `fuzz.ts` and `operationsFuzz.ts` with many more runs than the test suite, for
 * nightly use. Environment:
 * - `FUZZ_RUNS`: runs per property (default 20000);
 * - `FUZZ_SEED`: the seed of the first property (default: random); property i uses seed + i;
 * - `FUZZ_ONLY`: run only these properties (names as printed, comma-separated);
 * - `FUZZ_PARSE_ROWS`: after the properties, parse this many distinct seller rows in one call
 *   (default 10 000 000, the "arrays of 10 million records", too slow for the test suite:
 *   about 10 s and 2.5 GB of heap); 0 skips it.
 *
 * Prints, per property, the runs done and the seed (to replay a failure: `FUZZ_SEED=<seed>
 * FUZZ_ONLY=<name>`), and exits with code 1 when a property fails, a global was polluted or the
 * large parse loses a row.
 */
import { fuzzProperties } from "./fuzz.js";
import { operationsFuzzProperties } from "./operationsFuzz.js";
import { parseSellers } from "../../src/index.js";
import { assertNoPoisoning } from "@fast-check/poisoning";
import fc from "fast-check";

function wholeNumber(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${name} must be a whole number >= ${min}, got ${JSON.stringify(text)}`);
  return value;
}

const runs = wholeNumber("FUZZ_RUNS", 20_000, 1);
const parseRows = wholeNumber("FUZZ_PARSE_ROWS", 10_000_000, 0);
const firstSeed =
  process.env["FUZZ_SEED"] === undefined || process.env["FUZZ_SEED"] === ""
    ? Math.floor(Math.random() * 0x7fffffff)
    : Number(process.env["FUZZ_SEED"]);
if (!Number.isSafeInteger(firstSeed))
  throw new Error(`FUZZ_SEED must be a whole number, got ${JSON.stringify(process.env["FUZZ_SEED"])}`);
const only = (process.env["FUZZ_ONLY"] ?? "")
  .split(",")
  .map((name) => name.trim())
  .filter((name) => name !== "");

// The full poisoning check walks every global (about a millisecond): after every 100th call here,
// plus once at the end; the cheap check of the usual targets still runs after every call.
const properties = [
  ...fuzzProperties({ fullPoisoningCheckEvery: 100 }),
  ...operationsFuzzProperties({ fullPoisoningCheckEvery: 100 }),
].filter((entry) => only.length === 0 || only.includes(entry.name));
if (properties.length === 0) throw new Error(`FUZZ_ONLY names no property: ${JSON.stringify(only)}`);
let failures = 0;
const started = Date.now();
properties.forEach((entry, index) => {
  const seed = (firstSeed + index) | 0;
  const begin = Date.now();
  const details = fc.check(entry.property, { numRuns: runs, seed });
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  if (details.failed) {
    failures += 1;
    console.log(`FAIL ${entry.name}: ${details.numRuns} runs, seed ${details.seed} (${seconds} s)`);
    console.log(fc.defaultReportMessage(details) ?? "(no report)");
    const cause = details.errorInstance instanceof Error ? details.errorInstance.cause : undefined;
    if (cause instanceof Error) console.log(`Cause: ${cause.stack ?? cause.message}`);
  } else {
    console.log(`ok   ${entry.name}: ${details.numRuns} runs, seed ${details.seed} (${seconds} s)`);
  }
});
try {
  assertNoPoisoning();
} catch (error) {
  failures += 1;
  console.log(`FAIL globals: ${(error as Error).message}`);
}

if (parseRows > 0 && only.length === 0) {
  const begin = Date.now();
  const rows = Array.from({ length: parseRows }, (_, i) => ({ id: `s-${i}`, name: "Ana" }));
  const result = parseSellers(rows);
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  const lost =
    result.records.length !== parseRows ||
    result.errors.length !== 0 ||
    result.records[parseRows - 1]?.id !== `s-${parseRows - 1}`;
  if (lost) failures += 1;
  console.log(
    `${lost ? "FAIL" : "ok  "} parseSellers over ${parseRows} rows: ${result.records.length} records, ${result.errors.length} errors (${seconds} s)`,
  );
}
console.log(
  `${properties.length} properties, ${runs} runs each, ${failures} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = failures === 0 ? 0 : 1;
