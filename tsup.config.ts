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
  // One build per format with code splitting: every entry (the main one, `crm-kpi/node`, the CSV
  // worker, the command) imports the modules they share from the same chunk files, so the package
  // holds one copy of each class and `instanceof` holds across its entries.
  splitting: true,
  tsconfig: "tsconfig.build.json",
} as const;

/** The entries a program imports: typed, in both formats. */
const LIBRARY = {
  index: "src/index.ts",
  schemas: "src/schemas.ts",
  sample: "src/sample.ts",
  node: "src/node.ts",
} as const;

/** The worker thread of a parallel readCsv, started by path from the node entry: run, not imported, so no types. */
const WORKER = { csvWorker: "src/csv/csvWorker.ts" } as const;

export default defineConfig([
  {
    ...shared,
    // The `crm-kpi` command (`cli`) is ESM only; `bin/crm-kpi.js`, a source file with the shebang,
    // runs it, so no built file is edited after the build.
    entry: { ...LIBRARY, ...WORKER, cli: "src/cli.ts" },
    format: ["esm"],
    dts: { entry: LIBRARY },
    clean: true,
  },
  {
    ...shared,
    entry: { ...LIBRARY, ...WORKER },
    format: ["cjs"],
    dts: { entry: LIBRARY },
    clean: false,
  },
]);
