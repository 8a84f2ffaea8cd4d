import { chmod, readFile, writeFile } from "node:fs/promises";
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

/** The `crm-kpi` command made runnable: its shebang line (in the command's file only) and its mode. */
async function makeRunnable(): Promise<void> {
  const path = "dist/cli.js";
  const code = await readFile(path, "utf8");
  if (!code.startsWith("#!")) await writeFile(path, `#!/usr/bin/env node\n${code}`);
  await chmod(path, 0o755);
}

export default defineConfig([
  {
    ...shared,
    // The `crm-kpi` command (`cli`) is ESM only.
    entry: { ...LIBRARY, ...WORKER, cli: "src/cli.ts" },
    format: ["esm"],
    dts: { entry: LIBRARY },
    clean: true,
    onSuccess: makeRunnable,
  },
  {
    ...shared,
    entry: { ...LIBRARY, ...WORKER },
    format: ["cjs"],
    dts: { entry: LIBRARY },
    clean: false,
  },
]);
