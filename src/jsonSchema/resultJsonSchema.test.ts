import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  INDICATOR_DEFINITIONS,
  computeIndicator,
  computeReport,
  resultToJSON,
  type IndicatorId,
  type JsonSchema,
} from "../index.js";
import { generateSampleDataset } from "../sample.js";
import { ROW_JSON_SCHEMA_KINDS, rowJsonSchema } from "./rowJsonSchema.js";
import { reportJsonSchema, resultJsonSchema } from "./resultJsonSchema.js";

// ajv-formats is CommonJS: its function is the default export's `default` under Node's ESM loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
// Without ajv's code optimisation the report's schema (every result's in one) compiles twice as fast.
const ajv = new Ajv2020({ strict: true, code: { optimize: false } });
addFormats(ajv);
type Validate = ReturnType<typeof ajv.compile>;

/** Each schema compiled once: compiling is the slow part. */
const compiled = new Map<string, Validate>();
function validatorOf(name: string, schema: () => JsonSchema): Validate {
  let validate = compiled.get(name);
  if (validate === undefined) {
    validate = ajv.compile(schema());
    compiled.set(name, validate);
  }
  return validate;
}

const data = generateSampleDataset();
const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });

/** The value `JSON.parse` gives back for a JSON text. */
function parsed(text: string): unknown {
  return JSON.parse(text) as unknown;
}

function expectValid(validate: Validate, value: unknown): void {
  const valid = validate(value);
  expect({ valid, errors: validate.errors?.slice(0, 3) ?? null }).toEqual({ valid: true, errors: null });
}

describe("result JSON Schemas", () => {
  it("the sample's report computes every catalogue entry, and its JSON is valid against the report's schema", () => {
    expect(report.skipped).toEqual([]);
    expect(report.results.map((entry) => entry.id)).toEqual(INDICATOR_DEFINITIONS.map((definition) => definition.id));
    const validate = validatorOf("report", reportJsonSchema);
    expectValid(validate, parsed(JSON.stringify(report)));
    expectValid(validate, parsed(resultToJSON(report, { precision: 4 })));
    expect(validate({ ...(parsed(JSON.stringify(report)) as object), asOf: "15/06/2026" })).toBe(false);
  }, 60_000);

  it.each(report.results.map((entry) => [entry.id, entry.result] as const))(
    "%s: the report's result is valid against its schema, exact and with ratios rounded",
    (id, result) => {
      const validate = validatorOf(id, () => resultJsonSchema(id));
      expectValid(validate, parsed(JSON.stringify(result)));
      expectValid(validate, parsed(resultToJSON(result, { precision: 3 })));
    },
  );

  const HEADLINE: readonly (readonly [IndicatorId, Record<string, unknown>])[] = [
    ["revenue-vs-target", { period: "2026-Q2" }],
    ["revenue-per-seller", { range: "2026-Q2" }],
    ["pipeline", {}],
    ["activity-rate", { period: "2026-Q2" }],
    ["lost-deals", { range: "2026-Q2" }],
  ];
  it.each(HEADLINE)("%s: the headline result with its explanations is valid against its schema", (id, options) => {
    const result = computeIndicator(id, data, { ...options, asOf: "2026-06-15", explain: true });
    expectValid(
      validatorOf(id, () => resultJsonSchema(id)),
      parsed(JSON.stringify(result)),
    );
  });

  it("rejects a result whose decimals are JSON numbers, or whose instant has an offset", () => {
    const validate = validatorOf("pipeline", () => resultJsonSchema("pipeline"));
    const result = parsed(JSON.stringify(computeIndicator("pipeline", data, { asOf: "2026-06-15" }))) as Record<
      string,
      unknown
    >;
    expect(validate(result)).toBe(true);
    const totals = result.totals as Record<string, unknown>;
    expect(validate({ ...result, totals: { ...totals, weighted: 12.5 } })).toBe(false);
    expect(validate({ ...result, asOf: "2026-06-15T00:00:00+02:00" })).toBe(false);
    expect(validate({ ...result, indicator: "lost-deals" })).toBe(false);
  });

  it("names the indicator and its shared definitions", () => {
    const schema = resultJsonSchema("lost-deals");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("Lost deals");
    expect(Object.keys(schema.$defs as object)).toContain("Decimal");
  });

  it("throws for an id no indicator has", () => {
    expect(() => resultJsonSchema("revenue" as IndicatorId)).toThrow(
      expect.objectContaining({ name: "UnknownIndicatorError" }),
    );
  });
});

/** Every subschema of `schema` (values of keywords that hold schemas), depth first. */
function subschemas(schema: unknown, path = "#"): [string, unknown][] {
  if (typeof schema !== "object" || schema === null) return [];
  const found: [string, unknown][] = [[path, schema]];
  const object = schema as Record<string, unknown>;
  for (const keyword of ["properties", "$defs"]) {
    const map = object[keyword];
    if (typeof map === "object" && map !== null)
      for (const [name, child] of Object.entries(map)) found.push(...subschemas(child, `${path}/${keyword}/${name}`));
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const list = object[keyword];
    if (Array.isArray(list)) list.forEach((child, i) => found.push(...subschemas(child, `${path}/${keyword}/${i}`)));
  }
  if (object.items !== undefined) found.push(...subschemas(object.items, `${path}/items`));
  if (typeof object.additionalProperties === "object")
    found.push(...subschemas(object.additionalProperties, `${path}/additionalProperties`));
  return found;
}

describe("every schema says something of every value", () => {
  // An empty subschema accepts anything: a zod schema the conversion could not render.
  const all: [string, JsonSchema][] = [
    ...ROW_JSON_SCHEMA_KINDS.map((kind): [string, JsonSchema] => [kind, rowJsonSchema(kind)]),
    ...INDICATOR_DEFINITIONS.map(({ id }): [string, JsonSchema] => [`result ${id}`, resultJsonSchema(id)]),
    ["report", reportJsonSchema()],
  ];
  // (ajv compiles each in strict mode: the row schemas in the property test, the others above.)
  it.each(all)("%s: no empty subschema", (_name, schema) => {
    const empty = subschemas(schema)
      .filter(([, child]) => Object.keys(child as object).filter((key) => key !== "description").length === 0)
      .map(([path]) => path);
    expect(empty).toEqual([]);
  });
});
