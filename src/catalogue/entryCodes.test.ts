/**
 * Every entry lists the codes its results can carry, each with an English and a French label:
 * read from each indicator's result schema (the complete list, so a code added to a result is a
 * code its entry must list) and from the results themselves on the sample dataset, empty records
 * and edge cases.
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { LABELS } from "../format/labels.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import type { CatalogueEntry } from "./catalogue.js";
import { computeIndicator } from "./computeIndicator.js";
import { computeReport } from "./computeReport.js";
import { CATALOGUE } from "./entries/index.js";
import type { IndicatorData } from "./indicatorData.js";
import type { Order } from "../model/types.js";
import { listIndicators } from "./listIndicators.js";
import { INDICATOR_DEFINITIONS } from "./registry.js";

/** The kinds of code an entry lists. */
type CodeKind = "reason" | "warning" | "flag" | "status";
type Codes = Record<CodeKind, Set<string>>;

function noCodes(): Codes {
  return { reason: new Set(), warning: new Set(), flag: new Set(), status: new Set() };
}

/** The zod definition of a schema, as far as this walk reads it. */
interface SchemaDef {
  readonly type: string;
  readonly [key: string]: unknown;
}

function defOf(schema: unknown): SchemaDef {
  return (schema as { readonly _zod: { readonly def: SchemaDef } })._zod.def;
}

/** The string values a schema admits: an enum's or literals', through unions and wrappers. */
function valuesOf(schema: unknown): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "enum":
      return Object.values(def["entries"] as Record<string, unknown>).map(String);
    case "literal":
      return (def["values"] as unknown[]).filter((value): value is string => typeof value === "string");
    case "nullable":
    case "optional":
    case "readonly":
    case "default":
      return valuesOf(def["innerType"]);
    case "union":
      return (def["options"] as unknown[]).flatMap(valuesOf);
    case "pipe":
      return valuesOf(def["in"]);
    default:
      return [];
  }
}

/**
 * The codes a result schema admits: the literal values of every field named `reason` or ending in
 * `Reason` (a field that takes any string is the caller's text, not a code), of `status`, of the
 * `code` of each of `warnings` and of the items of `flags`.
 */
function schemaCodes(schema: z.ZodType): Codes {
  const codes = noCodes();
  const seen = new Set<unknown>();
  const visit = (node: unknown, kind: CodeKind | "warnings" | null): void => {
    if (kind === null) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    const def = defOf(node);
    if (kind !== null && kind !== "warnings" && def.type !== "array") {
      for (const value of valuesOf(node)) codes[kind].add(value);
      return;
    }
    switch (def.type) {
      case "object":
        for (const [key, field] of Object.entries(def["shape"] as Record<string, unknown>)) {
          if (kind === "warnings" && key === "code") for (const value of valuesOf(field)) codes.warning.add(value);
          else if (key === "reason" || key.endsWith("Reason")) visit(field, "reason");
          else if (key === "status") visit(field, "status");
          else if (key === "flags") visit(field, "flag");
          else if (key === "warnings") visit(field, "warnings");
          else visit(field, null);
        }
        return;
      case "array":
        visit(def["element"], kind);
        return;
      case "nullable":
      case "optional":
      case "readonly":
      case "default":
      case "catch":
        visit(def["innerType"], kind);
        return;
      case "union":
        for (const option of def["options"] as unknown[]) visit(option, kind);
        return;
      case "intersection":
        visit(def["left"], kind);
        visit(def["right"], kind);
        return;
      case "pipe":
        visit(def["in"], kind);
        visit(def["out"], kind);
        return;
      case "lazy":
        visit((def["getter"] as () => unknown)(), kind);
        return;
      case "record":
      case "map":
        visit(def["valueType"], kind);
        return;
      case "tuple":
        for (const item of def["items"] as unknown[]) visit(item, kind);
        return;
      default:
        return;
    }
  };
  visit(schema, null);
  return codes;
}

/** Keys whose items hold the caller's own texts (loss reasons, non-conformity reasons), not codes. */
const TEXT_LINES = new Set(["byReason"]);

/** The codes a computed result carries, read the way `schemaCodes` reads its schema. */
function resultCodes(result: unknown, codes: Codes = noCodes()): Codes {
  if (result === null || typeof result !== "object" || Decimal.isDecimal(result) || result instanceof Date)
    return codes;
  if (Array.isArray(result)) {
    for (const item of result) resultCodes(item, codes);
    return codes;
  }
  for (const [key, value] of Object.entries(result)) {
    if (TEXT_LINES.has(key)) continue;
    if ((key === "reason" || key.endsWith("Reason")) && typeof value === "string") codes.reason.add(value);
    else if (key === "status" && typeof value === "string") codes.status.add(value);
    else if (key === "flags" && Array.isArray(value)) for (const flag of value) codes.flag.add(String(flag));
    else if (key === "warnings" && Array.isArray(value))
      for (const warning of value) codes.warning.add(String((warning as { code: unknown }).code));
    else resultCodes(value, codes);
  }
  return codes;
}

/**
 * Codes a result schema admits that the form the catalogue computes never carries: the warnings of
 * the grouped and by-customer forms, which share the plain form's warning schema.
 */
const OTHER_FORMS_ONLY: Readonly<Record<string, readonly string[]>> = {
  "revenue-vs-target": ["targets-without-group", "orders-without-customer"],
  "revenue-per-seller": ["orders-without-customer"],
  "revenue-per-month-per-seller": ["orders-without-customer"],
};

function listed(entry: CatalogueEntry): Codes {
  return {
    reason: new Set(entry.reasons ?? []),
    warning: new Set([...(entry.warnings ?? []), ...(OTHER_FORMS_ONLY[entry.id] ?? [])]),
    flag: new Set(entry.flags ?? []),
    status: new Set(entry.defaultThresholds === null ? [] : ["good", "watch", "alert"]),
  };
}

const LABEL_KIND = { reason: "reason", warning: "warning", flag: "flag", status: "status" } as const;
const KINDS: readonly CodeKind[] = ["reason", "warning", "flag", "status"];

function sorted(codes: Codes): Record<CodeKind, string[]> {
  return {
    reason: [...codes.reason].sort(),
    warning: [...codes.warning].sort(),
    flag: [...codes.flag].sort(),
    status: [...codes.status].sort(),
  };
}

const entries = CATALOGUE.map((entry) => [entry.id, entry] as const);

describe("the codes of each entry", () => {
  it.each(entries)("%s lists exactly the codes its result schema admits", (id, entry) => {
    const definition = INDICATOR_DEFINITIONS.find((candidate) => candidate.id === id);
    expect(definition).toBeDefined();
    expect(sorted(listed(entry))).toEqual(sorted(schemaCodes(definition!.result as z.ZodType)));
  });

  it.each(entries)("%s has an English and a French label for every code it lists", (_id, entry) => {
    for (const kind of KINDS) {
      for (const code of listed(entry)[kind]) {
        for (const language of ["en", "fr"] as const) {
          const labels = LABELS[language][LABEL_KIND[kind]] as Readonly<Record<string, string>>;
          expect(Object.hasOwn(labels, code), `${language} ${kind} ${code}`).toBe(true);
          expect(labels[code]?.trim()).not.toBe("");
        }
      }
    }
  });

  it("gives each entry a formatter", () => {
    for (const entry of CATALOGUE) expect(entry.formatter, entry.id).toBeDefined();
  });

  it("gives the labels in the locale asked", () => {
    const french = listIndicators({ locale: "fr-FR" });
    const english = listIndicators({ locale: "en-GB" });
    for (const [at, entry] of CATALOGUE.entries()) {
      expect(french[at]?.reasons.map((reason) => reason.label)).toEqual(
        (entry.reasons ?? []).map((code) => LABELS.fr.reason[code]),
      );
      expect(english[at]?.warnings.map((warning) => warning.label)).toEqual(
        (entry.warnings ?? []).map((code) => LABELS.en.warning[code]),
      );
    }
    const velocity = french.find((entry) => entry.id === "sales-velocity");
    expect(velocity?.reasons.find((reason) => reason.code === "too-few")?.label).toBe("trop peu d'affaires pour juger");
    expect(velocity?.warnings[0]).toEqual({ code: "partial-period", label: "période non terminée : chiffres à date" });
    expect(velocity?.formatter).toBe("money");
  });
});

/** The sample dataset with edge records: an order without customer, a survey on 1-5, a delivery of an unknown order, a complaint without owner. */
function edgeData(): IndicatorData {
  const data = generateSampleDataset({ sellers: 4, orders: 600, deals: 300, activities: 900 });
  const inQ2 = (date: Date): boolean => date >= new Date("2026-04-01") && date < new Date("2026-06-15");
  const order = data.orders.find((candidate) => inQ2(candidate.date))!;
  // Records built by hand can lack a customer; the type says they have one.
  const { customerId: _customer, ...orderWithoutCustomer } = order;
  const survey = data.surveyResponses.find((candidate) => inQ2(candidate.date))!;
  const delivery = data.deliveries[0]!;
  const complaint = data.complaints.find((candidate) => inQ2(candidate.receivedAt))!;
  const { ownerId: _owner, ...complaintWithoutOwner } = complaint;
  return {
    ...data,
    orders: [...data.orders, { ...orderWithoutCustomer, id: "edge-order" } as Order],
    surveyResponses: [
      ...data.surveyResponses,
      { ...survey, id: "edge-survey", score: new Decimal(4), scaleMin: new Decimal(1), scaleMax: new Decimal(5) },
    ],
    deliveries: [...data.deliveries, { ...delivery, id: "edge-delivery", orderId: "no-such-order" }],
    complaints: [...data.complaints, { ...complaintWithoutOwner, id: "edge-complaint" }],
  };
}

describe("the codes each indicator emits", () => {
  const data = edgeData();
  const empty: IndicatorData = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? [] : value]),
  );
  const emitted = new Map<string, Codes>();
  const add = (id: string, result: unknown): void => {
    emitted.set(id, resultCodes(result, emitted.get(id) ?? noCodes()));
  };
  const cases: readonly [IndicatorData, string, string][] = [
    [data, "2026-Q2", "2026-06-15"],
    [data, "2026-Q2", "2026-08-01"],
    [data, "2026-Q2", "2026-03-01"],
    [data, "2026-06", "2026-06-15"],
    [data, "2024-Q1", "2026-06-15"],
    [empty, "2026-Q2", "2026-06-15"],
    [empty, "2026-Q2", "2026-03-01"],
  ];
  for (const [records, period, asOf] of cases) {
    for (const { id, result } of computeReport(records, { period, asOf }).results) add(id, result);
  }
  const seller = data.sellers?.[0]?.id ?? "";
  add(
    "complaints-per-intervention",
    computeIndicator("complaints-per-intervention", data, {
      period: "2026-Q2",
      asOf: "2026-06-15",
      scope: { level: "seller", sellerId: seller },
    }),
  );
  add("pipeline-ageing", computeIndicator("pipeline-ageing", { deals: data.deals ?? [] }, { asOf: "2026-06-15" }));

  it("computes every entry on these inputs", () => {
    expect([...emitted.keys()].sort()).toEqual(CATALOGUE.map((entry) => entry.id).sort());
  });

  it("meets the rarer codes on the edge records", () => {
    expect(emitted.get("new-customer-revenue")?.warning.has("orders-without-customer")).toBe(true);
    expect(emitted.get("customer-satisfaction")?.warning.has("mixed-scales")).toBe(true);
    expect(emitted.get("delivery-lead-time")?.warning.has("order-missing")).toBe(true);
    expect(emitted.get("complaints-per-intervention")?.warning.has("complaints-without-owner")).toBe(true);
    expect(emitted.get("pipeline-ageing")?.reason.has("no-activities")).toBe(true);
  });

  it.each(entries)("%s emits only codes its entry lists", (id, entry) => {
    const codes = emitted.get(id) ?? noCodes();
    const known = listed(entry);
    for (const kind of KINDS)
      for (const code of codes[kind]) expect(known[kind].has(code), `${kind} ${code}`).toBe(true);
  });
});
