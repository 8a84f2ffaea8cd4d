import { describe, expect, it } from "vitest";
import { InvalidArgumentError, UnknownIndicatorError } from "../errors/index.js";
import { LABELS } from "../format/labels.js";
import { CATALOGUE } from "./entries/index.js";
import { SERVICE_CATALOGUE_ENTRIES } from "./entries/service.js";
import { getIndicator, listIndicators } from "./listIndicators.js";

describe("listIndicators", () => {
  it("lists every entry in catalogue order, texts in both languages without a locale", () => {
    const entries = listIndicators();
    expect(entries.map((entry) => entry.id)).toEqual(CATALOGUE.map((entry) => entry.id));
    expect(entries[0]?.label).toEqual({ en: "Revenue versus target", fr: "CA réalisé / objectifs" });
    expect(entries[0]?.statuses).toEqual([
      { code: "good", label: { en: "good", fr: "bon" } },
      { code: "watch", label: { en: "watch", fr: "à surveiller" } },
      { code: "alert", label: { en: "alert", fr: "alerte" } },
    ]);
    expect(Object.isFrozen(entries)).toBe(true);
  });

  it("gives one language for a locale: French for fr-*, English otherwise", () => {
    const french = listIndicators({ locale: "fr-CA" });
    const english = listIndicators({ locale: "de-DE" });
    for (const [index, entry] of CATALOGUE.entries()) {
      expect(french[index]?.label).toBe(entry.label.fr);
      expect(french[index]?.formula).toBe(entry.formula.fr);
      expect(english[index]?.description).toBe(entry.description.en);
    }
    const lost = french.find((entry) => entry.id === "lost-deals");
    expect(lost?.flags.map((flag) => flag.label)).toEqual([
      LABELS.fr.flag.spike,
      LABELS.fr.flag["insufficient-history"],
      LABELS.fr.flag.partial,
      LABELS.fr.flag["not-started"],
    ]);
    expect(lost?.reasons).toEqual([
      { code: "no-closed-deals", label: "aucune affaire clôturée" },
      { code: "no-closed-value", label: "affaires clôturées de montant nul" },
    ]);
    expect(lost?.statuses).toEqual([]);
    expect(() => listIndicators({ locale: "not a locale" })).toThrow(InvalidArgumentError);
  });

  it("says what a front end needs: unit, direction, formatter, records required", () => {
    const described = listIndicators().map((entry) => [
      entry.id,
      entry.unit,
      entry.direction,
      entry.formatter,
      entry.requires,
    ]);
    // Each group's entries, in catalogue order (other groups' entries may sit between them).
    const ofGroup = (ids: readonly string[]) => described.filter(([id]) => ids.includes(id as string));
    expect(described.slice(0, 5)).toEqual([
      ["revenue-vs-target", "money", "higher-is-better", "money", ["order", "revenue-target"]],
      ["revenue-per-seller", "money", "higher-is-better", "money", ["order"]],
      ["pipeline", "money", "higher-is-better", "money", ["deal"]],
      ["activity-rate", "ratio", "higher-is-better", "percent", ["activity", "activity-target"]],
      ["lost-deals", "count", "lower-is-better", "number", ["deal"]],
    ]);
    expect(
      ofGroup([
        "negotiations",
        "offer-success",
        "orders-per-offer",
        "tender-response-time",
        "first-response-time",
        "requests-on-time",
      ]),
    ).toEqual([
      ["negotiations", "ratio", "higher-is-better", "percent", ["offer", "deal", "request"]],
      ["offer-success", "ratio", "higher-is-better", "percent", ["offer"]],
      ["orders-per-offer", "ratio", "higher-is-better", "percent", ["order", "offer"]],
      ["tender-response-time", "duration", "lower-is-better", "duration", ["request"]],
      ["first-response-time", "duration", "lower-is-better", "duration", ["request"]],
      ["requests-on-time", "ratio", "higher-is-better", "percent", ["request"]],
    ]);
    const customers = [
      "new-customer-revenue",
      "customer-renewal-rate",
      "new-vs-existing-revenue",
      "attainment-distribution",
    ];
    expect(described.filter(([id]) => customers.includes(id as string))).toEqual([
      ["new-customer-revenue", "money", "higher-is-better", "money", ["order"]],
      ["customer-renewal-rate", "ratio", "higher-is-better", "percent", ["order"]],
      ["new-vs-existing-revenue", "money", "higher-is-better", "money", ["order"]],
      ["attainment-distribution", "ratio", "higher-is-better", "percent", ["order", "revenue-target"]],
    ]);
    expect(ofGroup(SERVICE_CATALOGUE_ENTRIES.map((entry) => entry.id))).toEqual([
      ["customer-satisfaction", "score", "higher-is-better", "number", ["survey-response"]],
      ["complaints-per-intervention", "ratio", "lower-is-better", "percent", ["complaint", "activity"]],
      ["delivery-lateness", "duration", "lower-is-better", "duration", ["delivery"]],
      ["penalty-amount", "money", "lower-is-better", "money", ["penalty"]],
      ["non-conforming-deliveries", "ratio", "lower-is-better", "percent", ["delivery"]],
      ["delivery-lead-time", "duration", "lower-is-better", "duration", ["delivery", "order"]],
    ]);
    const operations = [
      "visited-customers",
      "visit-duration",
      "service-cancellations",
      "revenue-per-month-per-seller",
      "hours-sold",
      "representation-expense-ratio",
      "margin-to-commercial-expenses",
      "discounts",
    ];
    expect(
      described
        .filter(([id]) => operations.includes(id as string))
        .map(([id, unit, , , requires]) => [id, unit, requires]),
    ).toEqual([
      ["visited-customers", "count", ["activity"]],
      ["visit-duration", "duration", ["activity"]],
      ["service-cancellations", "count", ["activity"]],
      ["revenue-per-month-per-seller", "money", ["order"]],
      ["hours-sold", "hours", ["order"]],
      ["representation-expense-ratio", "ratio", ["expense", "order"]],
      ["margin-to-commercial-expenses", "ratio", ["order", "expense"]],
      ["discounts", "money", ["order"]],
    ]);
  });

  it("serialises to JSON as it is", () => {
    const entries = listIndicators({ locale: "en" });
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
  });
});

describe("getIndicator", () => {
  it("gives the entry of an id, as the listing does", () => {
    expect(getIndicator("pipeline")).toEqual(listIndicators().find((entry) => entry.id === "pipeline"));
  });

  it("throws a typed error naming an unknown id and the known ones", () => {
    for (const id of ["pipline", "", "__proto__", "toString"]) {
      let error: unknown;
      try {
        getIndicator(id);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UnknownIndicatorError);
      expect(error).toMatchObject({ id, knownIds: CATALOGUE.map((entry) => entry.id) });
    }
    expect(() => getIndicator(3 as unknown as string)).toThrow('no indicator has the id "(number)"');
  });
});
