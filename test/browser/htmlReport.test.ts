/**
 * The HTML report as a user gets it: the built `crm-kpi report --html` (dist/cli.js) on CSV files
 * written from the sample dataset, opened in headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser is downloaded). Checks no console error, no network request, and
 * that every chart has one mark per figure of the results the same run wrote with `--json`.
 * Keeps screenshots under `.tmp/`. Needs `npm run build` first, and fails (never skips) when
 * /usr/bin/chromium is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/index.js";
import { generateSampleDataset } from "../../src/sample.js";
import { writeSampleExports } from "../cli/_sampleExports.js";

const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = join(root, ".tmp", "browser-test");
const exportsDir = join(work, "exports");

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before the browser tests");
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  writeSampleExports(work, generateSampleDataset());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser.close();
});

/** The parts of the `--json` results the charts draw. */
interface Results {
  readonly "revenue-vs-target": { readonly buckets: readonly unknown[] };
  readonly "revenue-per-seller": {
    readonly sellers: readonly { readonly points: readonly { readonly flags: readonly string[] }[] }[];
  };
  readonly pipeline: { readonly buckets: readonly unknown[] };
  readonly "activity-rate": {
    readonly groups: readonly { readonly result: { readonly byType: readonly unknown[] } }[];
  };
  readonly "lost-deals": { readonly buckets: readonly { readonly flags: readonly string[] }[] };
}

/** Runs the built command: the HTML report and the JSON results of one run (`--all`: the catalogue's). */
function report(locale: string, all = false): { readonly html: string; readonly results: Results } {
  const html = join(work, `report-${locale}${all ? "-all" : ""}.html`);
  const json = join(work, `results-${locale}${all ? "-all" : ""}.json`);
  const run = spawnSync(
    "node",
    [
      cli,
      "report",
      "--dir",
      exportsDir,
      "--as-of",
      "2026-06-15",
      "--zone",
      "Europe/Paris",
      "--period",
      "2026-Q2",
    ].concat(
      ["--stages", join(work, "stages.json"), "--locale", locale, "--html", html, "--json", json],
      all ? ["--all"] : [],
    ),
    { encoding: "utf8", env: { ...process.env, TZ: "UTC" } },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return { html, results: JSON.parse(readFileSync(json, "utf8")) as Results };
}

describe.each(["en-US", "fr-FR"])("the HTML report in Chromium (%s)", (locale) => {
  it("has no console error, makes no request, and draws one mark per figure", async () => {
    const { html, results } = report(locale);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => {
      if (request.url() !== pathToFileURL(html).href) requests.push(request.url());
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });

    const count = (chart: string, selector: string): Promise<number> =>
      page.locator(`figure[data-chart="${chart}"] svg ${selector}`).count();
    const months = results["revenue-vs-target"].buckets.length;
    expect(months).toBe(3);
    expect(await count("revenue-vs-target", "g.realized_marks path")).toBe(months);
    expect(await count("revenue-vs-target", "g.target_marks path")).toBe(months);

    const sellers = results["revenue-per-seller"].sellers;
    const drawnPoints = sellers.flatMap((seller) =>
      seller.points.filter((point) => !point.flags.includes("not-started")),
    );
    expect(sellers.length).toBeGreaterThan(0);
    expect(await count("revenue-per-seller", "g.lines_marks path")).toBe(sellers.length);
    expect(await count("revenue-per-seller", "g.points_marks path")).toBe(drawnPoints.length);

    // Overdue, one bar pair per month of expected close, undated: unweighted and weighted each.
    expect(await count("pipeline", "g.bars_marks path")).toBe(2 * (results.pipeline.buckets.length + 2));

    const cells = results["activity-rate"].groups.reduce((sum, group) => sum + group.result.byType.length, 0);
    expect(cells).toBeGreaterThan(0);
    expect(await count("activity-rate", "g.cells_marks path")).toBe(cells);
    expect(await count("activity-rate", "g.labels_marks text")).toBe(cells);

    const lost = results["lost-deals"].buckets;
    const spikes = lost.filter((bucket) => bucket.flags.includes("spike")).length;
    expect(spikes).toBeGreaterThan(0);
    expect(await count("lost-deals", "g.bars_marks path")).toBe(lost.length);
    expect(await count("lost-deals", "g.spikes_marks text")).toBe(spikes);
    expect(await page.locator("tr.spike").count()).toBe(spikes);

    // Each chart's inner ids (clip paths) are its own: a shared id would clip another chart's marks.
    const ids = await page.evaluate<string[]>("Array.from(document.querySelectorAll('[id]'), (element) => element.id)");
    expect(new Set(ids).size).toBe(ids.length);

    // Five sections, each with a chart beside its table, in the page's language.
    expect(await page.locator("section.indicator figure.chart svg").count()).toBe(5);
    expect(await page.locator("section.indicator table").count()).toBe(5);
    expect(await page.getAttribute("html", "lang")).toBe(locale.slice(0, 2));
    expect(await page.locator("h2").first().innerText()).toContain(
      locale.startsWith("fr") ? "CA réalisé / objectifs" : "Revenue versus target",
    );

    await page.screenshot({ path: join(root, ".tmp", `html-report-${locale}.png`), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});

/** What `--all --json` writes: the catalogue report, its parts the tables show. */
interface CatalogueJson {
  readonly results: readonly { readonly id: string }[];
  readonly skipped: readonly { readonly id: string }[];
}

describe.each(["en-US", "fr-FR"])("the HTML report with --all in Chromium (%s)", (locale) => {
  it("has no console error, and the catalogue's tables hold one row per indicator of their group", async () => {
    const { html, results } = report(locale, true);
    const catalogue = results as unknown as CatalogueJson;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => {
      if (request.url() !== pathToFileURL(html).href) requests.push(request.url());
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });

    // The five headline sections, charts drawn, then the two tables of the catalogue.
    expect(await page.locator("section.indicator:not(.catalogue) figure.chart svg").count()).toBe(5);
    const sections = page.locator("section.catalogue");
    expect(await sections.count()).toBe(2);
    const ids = (group: string): string[] => CATALOGUE.filter((entry) => entry.group === group).map((e) => e.id);
    const reported = new Set([...catalogue.results, ...catalogue.skipped].map((entry) => entry.id));
    for (const group of ["operational", "crm"]) {
      const rows = page.locator(`#catalogue-${group} tbody tr`);
      const expected = ids(group).filter((id) => reported.has(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(await rows.locator("td:first-child").allInnerTexts()).toEqual(expected);
      // Each row shows a figure; a skipped one names the records it would need.
      for (const text of await rows.locator("td:nth-child(3)").allInnerTexts()) expect(text.trim()).not.toBe("");
      const skipped = ids(group).filter((id) => catalogue.skipped.some((entry) => entry.id === id));
      expect(await page.locator(`#catalogue-${group} tbody tr.skipped`).count()).toBe(skipped.length);
    }
    const computed = catalogue.results.filter((entry) => ids("crm").includes(entry.id)).length;
    expect(computed).toBeGreaterThan(0);
    expect(await page.locator("#catalogue-crm tbody tr:not(.skipped)").count()).toBe(computed);
    expect(await page.locator("#catalogue-crm h2").innerText()).toContain(
      locale.startsWith("fr") ? "Ce qu'ajoutent les grands CRM" : "What the big CRMs add",
    );

    await page.screenshot({ path: join(root, ".tmp", `html-report-all-${locale}.png`), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
