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

/** Draws `spec` as an SVG document fragment (`<svg ...>...</svg>`). */
export async function renderSvg(spec: Omit<VegaLiteSpec, "title">): Promise<string> {
  const [vega, vegaLite] = await load();
  // Warnings (a spec vega-lite reads another way than written) are the chart tests' business;
  // errors throw.
  const compiled = vegaLite.compile(spec as unknown as Parameters<VegaLite["compile"]>[0], {
    logger: vega.logger(vega.Error),
  }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
