/**
 * JSON Schemas (draft 2020-12) derived from the library's zod schemas: of raw rows (what the parse
 * functions accept, in JSON) and of results' JSON form (what `resultFromJSON` reads back).
 *
 * @module
 */
import * as z from "zod";
import { InvalidArgumentError } from "../errors/index.js";
import { fieldReaderOf } from "./_fields.js";
import { jsonFormOf, jsonSchemaNames } from "./_jsonForms.js";

/**
 * A JSON Schema object (draft 2020-12), as plain JSON data: `JSON.stringify` writes it, and any
 * validator of that draft (ajv's `ajv/dist/2020`, Python's `jsonschema`...) reads it.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = { type: "string", maxLength: 256 };
 * ```
 * @category Model
 */
export interface JsonSchema {
  /** A keyword (`type`, `properties`, `anyOf`, `description`...) and its value. */
  readonly [keyword: string]: unknown;
}

/**
 * Options of {@link toJsonSchema}.
 *
 * @example
 * ```ts
 * const options: JsonSchemaOptions = { title: "Order", description: "An order row of our export." };
 * toJsonSchema(OrderSchema, options).title; //=> "Order"
 * ```
 * @category Model
 */
export interface JsonSchemaOptions {
  /** The schema's `title`. */
  readonly title?: string;
  /** The schema's `description`: what it describes, and what it does not check. */
  readonly description?: string;
}

/** Marks a branch no JSON value can take (a `Decimal` or a `Date` object): removed from its union. */
const NOT_JSON = "x-crm-kpi-not-json";

/**
 * The JSON Schema of the JSON values a zod schema of this library accepts as input: a row schema
 * (`OrderSchema`, `createDealSchema(options)`...) or a result schema (`PipelineResultSchema`,
 * `IndicatorReportSchema`...). Raw rows and results' JSON are what the schemas read, so the
 * schema is zod's *input* (`z.toJSONSchema(schema, { io: "input" })`), with each row field given
 * the JSON form of its reader (a decimal is a JSON number or a decimal text, a date an ISO 8601
 * text...) and the branches no JSON value can take (a `Decimal` or `Date` object) left out.
 *
 * What it does not check: rules across fields (zod refinements), the uniqueness of ids within one
 * parse call, and what each field's `description` says (a calendar date, a known currency code,
 * the range of a decimal text). A row the JSON Schema rejects, the parse functions reject; a row it
 * accepts may still be rejected by them for one of those rules.
 *
 * @param schema - a row schema or a result schema of this library
 * @param options - the schema's `title` and `description`
 * @returns a draft 2020-12 JSON Schema (a new object on each call)
 * @throws {@link InvalidArgumentError} when `schema` is not a zod schema, or has a field or a
 *   branch with no JSON form (a schema built outside this library)
 * @example
 * ```ts
 * const schema = toJsonSchema(OrderSchema, { title: "Order" });
 * schema.required; //=> ["id", "date", "amount", "currency", "sellerId", "customerId"]
 * (schema.properties as Record<string, JsonSchema>).currency;
 * //=> { type: "string", pattern: "^[A-Z]{3}$", description: "An ISO 4217 currency code, ..." }
 * ```
 * @category Model
 */
export function toJsonSchema(schema: z.ZodType, options?: JsonSchemaOptions): JsonSchema {
  if (!(schema instanceof z.ZodType)) throw new InvalidArgumentError("toJsonSchema takes a zod schema");
  const raw = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    metadata: jsonSchemaNames,
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as Record<string, unknown>;
      const field = fieldReaderOf(zodSchema);
      if (field !== undefined) {
        const form = jsonFormOf(field.read);
        if (form === undefined) throw new InvalidArgumentError("a row field has no JSON form");
        replace(target, field.optional ? optionalForm(form) : form);
        return;
      }
      const type = zodSchema._zod.def.type;
      if (type === "custom" || type === "date") replace(target, { [NOT_JSON]: true });
    },
  });
  const { $schema, ...body } = raw as Record<string, unknown>;
  const head: Record<string, unknown> = { $schema };
  if (options?.title !== undefined) head.title = options.title;
  if (options?.description !== undefined) head.description = options.description;
  return { ...head, ...(withoutNonJson(body) as Record<string, unknown>) };
}

/** An optional field: absent (missing), `null` or `""`, or a value of the field's form. */
function optionalForm(form: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const absent = "Optional: missing, null or an empty text mean absent.";
  const { anyOf, description, ...rest } = form;
  // A form that is already a union (a decimal: a number or a text) adds its branches.
  const branches: readonly unknown[] = Array.isArray(anyOf) && Object.keys(rest).length === 0 ? anyOf : [form];
  const said = Array.isArray(anyOf) && typeof description === "string" ? ` ${description}` : "";
  return { anyOf: [{ type: "null" }, { const: "" }, ...branches], description: `${absent}${said}` };
}

function replace(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
  Object.assign(target, structuredClone(source));
}

function isMarked(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.hasOwn(value, NOT_JSON);
}

/** A copy of `value` without the marked branches of its unions; a marked value elsewhere throws. */
function withoutNonJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNonJson);
  if (typeof value !== "object" || value === null) return value;
  if (isMarked(value)) throw new InvalidArgumentError("the schema has a value no JSON text can hold");
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if ((key === "anyOf" || key === "oneOf") && Array.isArray(child)) {
      const kept = child.filter((branch) => !isMarked(branch));
      if (kept.length === 1 && Object.keys(value).length === 1) return withoutNonJson(kept[0]);
      out[key] = kept.map(withoutNonJson);
    } else {
      Object.defineProperty(out, key, {
        value: withoutNonJson(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}
