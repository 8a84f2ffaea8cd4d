import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Deal } from "../model/types.js";
import { InvalidArgumentError } from "../errors/index.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
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

  it("refuses malformed arguments with a typed error", async () => {
    await expect(renderHtmlReport(null as never)).rejects.toThrow(InvalidArgumentError);
    await expect(renderHtmlReport({}, null as never)).rejects.toThrow(InvalidArgumentError);
    await expect(renderHtmlReport({}, { names: {} as never })).rejects.toThrow(InvalidArgumentError);
  });
});
