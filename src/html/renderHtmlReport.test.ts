import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Deal } from "../model/types.js";
import { InvalidArgumentError } from "../errors/index.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { computeReport } from "../catalogue/computeReport.js";
import { CATALOGUE } from "../catalogue/entries/index.js";
import { headlineOf } from "../catalogue/headlineOf.js";
import { generateSampleDataset } from "../sample/generateSampleDataset.js";
import { renderHtmlReport } from "./renderHtmlReport.js";

const deals = [
  {
    id: "d1",
    ownerId: "s1",
    amount: new Decimal("100"),
    stage: "closed",
    currency: "EUR",
    status: "lost" as const,
    createdAt: new Date(Date.UTC(2026, 0, 2)),
    closedAt: new Date(Date.UTC(2026, 0, 5)),
    lossReason: "<script>alert(1)</script>",
  },
  {
    id: "d2",
    ownerId: "s1",
    amount: new Decimal("50"),
    stage: "closed",
    currency: "EUR",
    status: "won" as const,
    createdAt: new Date(Date.UTC(2026, 0, 2)),
    closedAt: new Date(Date.UTC(2026, 1, 6)),
  },
] satisfies Deal[];
const range = { start: new Date(Date.UTC(2026, 0, 1)), end: new Date(Date.UTC(2026, 2, 1)) };

describe("renderHtmlReport", () => {
  it("one self-contained page: no script, nothing to fetch, a chart beside a table, absent sections said", async () => {
    const html = await renderHtmlReport(
      { lostDeals: lostDeals(deals, { range }) },
      { title: 'Report <"Q1"> & co', notes: ["<b>note</b>"], notComputed: { pipeline: "needs deals.csv" } },
    );
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|\ssrc=|\shref=|@import|url\((?!#)/i);
    // Ids inside the charts are the page's own: each chart's take its section's prefix.
    expect(html).toContain('clip-path="url(#lost-deals-clip1)"');
    expect(html).toContain('<clipPath id="lost-deals-clip1">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("<title>Report &lt;&quot;Q1&quot;&gt; &amp; co</title>");
    expect(html).toContain("<p>&lt;b&gt;note&lt;/b&gt;</p>");
    expect(html).toContain('<figure class="chart" data-chart="lost-deals"');
    expect(html.match(/<svg/g)?.length).toBe(1);
    expect(html).toContain(
      '<section class="indicator" id="pipeline"><h2><span class="number">2.3</span>Commercial pipeline</h2><p class="missing">Not computed: needs deals.csv</p>',
    );
    expect(html).toContain('<p class="missing">Not computed</p>');
    // worked by hand: January 1 lost of 1 closed (100%), February 0 lost of 1 closed (0%).
    expect(html).toMatch(/<td>2026-01<\/td><td>1<\/td><td>€100<\/td><td>100.0%<\/td>/);
    expect(html).toMatch(/<td>2026-02<\/td><td>0<\/td><td>€0<\/td><td>0.0%<\/td>/);
  });

  it("in French with fr, names escaped wherever they appear", async () => {
    const html = await renderHtmlReport(
      { lostDeals: lostDeals(deals, { range }) },
      { locale: "fr-FR", names: new Map([["s1", "<img onerror=x>"]]) },
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Volume des affaires perdues");
    expect(html).not.toContain("<img");
  });

  describe("with the catalogue", () => {
    const data = generateSampleDataset({ orders: 400 });
    const report = computeReport(
      { orders: data.orders, deals: data.deals, stageProbabilities: data.stageProbabilities },
      { period: "2026-Q2", asOf: "2026-06-15", timeZone: "Europe/Paris" },
    );
    /** The rows of a catalogue section's table, as cell texts. */
    const rowsOf = (html: string, id: string): string[][] => {
      const section = html.slice(html.indexOf(`<section class="indicator catalogue" id="${id}">`));
      const body = section.slice(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
      return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
        [...(row[1] ?? "").matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => (cell[1] ?? "").replace(/<[^>]+>/g, "")),
      );
    };

    it("follows the headline sections with one table per group: every entry, its figure or the records it needs", async () => {
      const html = await renderHtmlReport({}, { catalogue: report });
      expect(html.indexOf('id="lost-deals"')).toBeLessThan(html.indexOf('id="catalogue-operational"'));
      expect(html.indexOf('id="catalogue-operational"')).toBeLessThan(html.indexOf('id="catalogue-crm"'));
      for (const group of ["operational", "crm"] as const) {
        const rows = rowsOf(html, `catalogue-${group}`);
        const entries = CATALOGUE.filter((entry) => entry.group === group);
        expect(rows.map((row) => row[0])).toEqual(entries.map((entry) => entry.id));
        for (const [i, entry] of entries.entries()) {
          const row = rows[i] ?? [];
          expect(row[1]).toBe(entry.label.en.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
          const computed = report.results.find((result) => result.id === entry.id);
          const skipped = report.skipped.find((result) => result.id === entry.id);
          if (computed !== undefined) expect(row[2], entry.id).toBe(headlineOf(entry.id, computed.result).formatted);
          else expect(row[2], entry.id).toBe("—");
          if (skipped !== undefined) expect(row[3], entry.id).toMatch(/^needs /);
        }
      }
      // Win rate is computed from the deals; penalties need a file the data does not have.
      expect(rowsOf(html, "catalogue-crm").find((row) => row[0] === "win-rate")?.[2]).toMatch(/^\d+\.\d%$/);
      expect(rowsOf(html, "catalogue-operational").find((row) => row[0] === "penalty-amount")?.[3]).toBe(
        "needs penalties",
      );
      expect(html).toMatch(/\d+ computed, \d+ need records not given\. The others would need: [a-z ,]+\./);
      expect(html).not.toMatch(/<script/i);
    });

    it("in French: labels, figures in the French style, the records named in French", async () => {
      const html = await renderHtmlReport({}, { locale: "fr-FR", catalogue: report });
      expect(html).toContain("Indicateurs opérationnels");
      expect(html).toContain("Ce qu&#39;ajoutent les grands CRM");
      const win = rowsOf(html, "catalogue-crm").find((row) => row[0] === "win-rate");
      expect(win?.[1]).toBe("Taux de réussite des affaires");
      expect(win?.[2]).toMatch(/^\d+,\d\u00A0%$/);
      expect(rowsOf(html, "catalogue-operational").find((row) => row[0] === "penalty-amount")?.[3]).toBe(
        "il manque : pénalités",
      );
    });

    it("leaves the catalogue out when not given, and refuses what is not a report", async () => {
      expect(await renderHtmlReport({})).not.toContain("catalogue-");
      await expect(renderHtmlReport({}, { catalogue: { results: [] } as never })).rejects.toThrow(InvalidArgumentError);
      await expect(
        renderHtmlReport({}, { catalogue: { results: [{ id: "win-rate", result: {} }], skipped: [] } as never }),
      ).rejects.toThrow(InvalidArgumentError);
    });
  });

  it("refuses malformed arguments with a typed error", async () => {
    await expect(renderHtmlReport(null as never)).rejects.toThrow(InvalidArgumentError);
    await expect(renderHtmlReport({}, null as never)).rejects.toThrow(InvalidArgumentError);
    await expect(renderHtmlReport({}, { names: {} as never })).rejects.toThrow(InvalidArgumentError);
  });
});
