import { describe, expect, it } from "vitest";
import { InvalidArgumentError, UnknownIndicatorError } from "../errors/index.js";
import { EMPTY_FIGURE_PLACEHOLDER } from "../format/formatOptions.js";
import { labelOf } from "../format/labels.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { computeReport } from "./computeReport.js";
import { CATALOGUE } from "./entries/index.js";
import { headlineOf } from "./headlineOf.js";
import { RECORD_DATA_KEYS, type IndicatorData } from "./indicatorData.js";

const data = generateSampleDataset();
const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15" });
/** Every record kind given, each empty: every indicator computes, most with an empty figure. */
const emptyData = Object.fromEntries(Object.values(RECORD_DATA_KEYS).map((key) => [key, []])) as IndicatorData;
const emptyReport = computeReport(
  { ...emptyData, stageProbabilities: data.stageProbabilities },
  { period: "2026-Q2", asOf: "2026-06-15" },
);

describe("headlineOf", () => {
  it("covers every entry: the sample's report computes them all", () => {
    expect(report.skipped).toEqual([]);
    expect(report.results.map((entry) => entry.id)).toEqual(CATALOGUE.map((entry) => entry.id));
    expect(emptyReport.skipped).toEqual([]);
  });

  it("the article's five, its 22 operational indicators and the big CRMs' 11 are the catalogue's groups", () => {
    const count = (group: string): number => CATALOGUE.filter((entry) => entry.group === group).length;
    expect([count("headline"), count("operational"), count("crm")]).toEqual([5, 22, 11]);
    expect(CATALOGUE.slice(0, 5).every((entry) => entry.group === "headline")).toBe(true);
  });

  for (const locale of ["en-US", "fr-FR"]) {
    it(`gives every entry's figure on the sample, or a null with its reason's label (${locale})`, () => {
      for (const { id, result } of report.results) {
        const headline = headlineOf(id, result, { locale });
        if (headline.value === null) {
          expect(headline.reason, id).not.toBeNull();
          expect(headline.formatted, id).toBe(
            `${EMPTY_FIGURE_PLACEHOLDER} (${labelOf("reason", headline.reason ?? "empty", { locale })})`,
          );
        } else {
          expect(headline.value.isFinite(), id).toBe(true);
          expect(headline.reason, id).toBeNull();
          expect(headline.formatted, id).toMatch(/\d/);
        }
      }
    });

    it(`writes the empty figures of empty records with their reason (${locale})`, () => {
      for (const { id, result } of emptyReport.results) {
        const headline = headlineOf(id, result, { locale });
        if (headline.value !== null) {
          // A sum or a count over no record is zero, not empty.
          expect(headline.value.isZero(), id).toBe(true);
          continue;
        }
        expect(headline.reason, id).not.toBeNull();
        expect(headline.formatted, id).toBe(
          `${EMPTY_FIGURE_PLACEHOLDER} (${labelOf("reason", headline.reason ?? "empty", { locale })})`,
        );
      }
    });
  }

  it("every entry of the sample has a figure but the company activity rate, which has no company target", () => {
    const empty = report.results.filter(({ id, result }) => headlineOf(id, result).value === null);
    expect(empty.map(({ id, result }) => [id, headlineOf(id, result).reason])).toEqual([
      ["activity-rate", "no-target"],
    ]);
  });

  it("reads the sample's figures as a sales director reads them (worked by hand from the results)", () => {
    const byId = new Map<string, object>(report.results.map((entry) => [entry.id, entry.result]));
    const text = (id: string, locale = "en-US"): string => headlineOf(id, byId.get(id) ?? {}, { locale }).formatted;
    // win rate: 22 won / (22 + 46) closed = 0.3235...
    expect(text("win-rate")).toBe("32.4%");
    expect(text("win-rate", "fr-FR")).toBe("32,4\u00A0%");
    // penalties: the sum of the quarter's penalties, in the result's currency.
    expect(text("penalty-amount")).toBe("€4,761.07");
    // the mean response time of the answered tenders: 16.82... days.
    expect(text("tender-response-time")).toBe("16.8 days");
    expect(text("tender-response-time", "fr-FR")).toBe("16,8 jours");
    expect(text("visit-duration")).toBe("2 h");
    // A unit the words do not know, even one named like an object's own key, is left unwritten.
    const visits = { ...byId.get("visit-duration"), durationUnit: "toString" };
    expect(headlineOf("visit-duration", visits).formatted).toBe("2");
    // margin over commercial expenses reads as a multiple.
    expect(text("margin-to-commercial-expenses")).toMatch(/×$/);
    // lost deals: a count.
    expect(text("lost-deals")).toMatch(/^\d+$/);
  });

  it("reads revenue per seller as the mean revenue per listed seller", () => {
    const result = report.results.find((entry) => entry.id === "revenue-per-seller")?.result;
    if (result === undefined || !("sellers" in result)) throw new Error("revenue-per-seller missing");
    const sellers = (result as { sellers: readonly { total: { toString(): string } }[] }).sellers;
    const sum = sellers.reduce((total, seller) => total + Number(seller.total.toString()), 0);
    expect(Number(headlineOf("revenue-per-seller", result).value?.toString())).toBeCloseTo(sum / sellers.length, 6);
  });

  it("carries the status light, or the reason there is none", () => {
    const activity = report.results.find((entry) => entry.id === "activity-rate")?.result ?? {};
    const headline = headlineOf("activity-rate", activity);
    expect([headline.status, headline.statusReason]).toEqual([null, "no-target"]);
    const revenue = report.results.find((entry) => entry.id === "revenue-vs-target")?.result ?? {};
    expect(headlineOf("revenue-vs-target", revenue).status).toBe("watch");
  });

  it("refuses an unknown id and a result without the figure", () => {
    expect(() => headlineOf("pipline", {})).toThrow(UnknownIndicatorError);
    expect(() => headlineOf("win-rate", {})).toThrow(InvalidArgumentError);
    expect(() => headlineOf("win-rate", null as unknown as object)).toThrow(InvalidArgumentError);
    expect(() => headlineOf("win-rate", { byCount: "high" })).toThrow(/win-rate.*byCount/);
  });
});
