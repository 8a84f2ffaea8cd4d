/**
 * A Vega-Lite specification drawn as SVG text, in Node, with no DOM and no canvas: `vega-lite`
 * compiles it to Vega, `vega` lays it out headless (`renderer: "none"`) and writes the SVG.
 *
 * @module
 */
import type { VegaLiteSpec } from "../chart/vegaLiteTypes.js";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");

let libraries: Promise<readonly [Vega, VegaLite]> | undefined;

/**
 * vega and vega-lite, loaded on the first chart: they are ES modules only (a dynamic import loads
 * them from the CommonJS build too), and reading a CSV through `crm-kpi/node` need not pay for
 * loading them.
 */
function load(): Promise<readonly [Vega, VegaLite]> {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]);
  return libraries;
}

/**
 * Draws `spec` as an SVG document fragment (`<svg ...>...</svg>`). vega numbers the ids inside an
 * SVG (`clip1`...) from 1 in each drawing; several drawings in one page would share them and clip
 * each other's marks, so each id, and each reference to one, takes the prefix `idPrefix`.
 */
export async function renderSvg(spec: Omit<VegaLiteSpec, "title">, idPrefix: string): Promise<string> {
  const [vega, vegaLite] = await load();
  // Warnings (a spec vega-lite reads another way than written) are the chart tests' business;
  // errors throw.
  const compiled = vegaLite.compile(spec as unknown as Parameters<VegaLite["compile"]>[0], {
    logger: vega.logger(vega.Error),
  }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    return svg
      .replace(/\bid="([^"]+)"/g, `id="${idPrefix}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#${idPrefix}-$1"`);
  } finally {
    view.finalize();
  }
}
