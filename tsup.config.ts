import { defineConfig } from "tsup";

const shared = {
  // Maps point at the original lines without embedding the sources: the tarball stays small (the
  // sources are not shipped, so a debugger shows the line numbers and the built code).
  sourcemap: true,
  esbuildOptions(options: { sourcesContent?: boolean }) {
    options.sourcesContent = false;
  },
  target: "node20",
  treeshake: true,
  splitting: false,
  tsconfig: "tsconfig.build.json",
} as const;

export default defineConfig([
  {
    ...shared,
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas.ts",
      sample: "src/sample.ts",
      node: "src/node.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
  },
  {
    // The worker thread of a parallel readCsv, started by path from the node entry beside it: run,
    // not imported, so no types.
    ...shared,
    entry: { csvWorker: "src/csv/csvWorker.ts" },
    format: ["esm", "cjs"],
    dts: false,
    clean: false,
  },
  {
    // The `crm-kpi` command: one ESM file, no types (it is run, not imported).
    ...shared,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
