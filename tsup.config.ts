import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schemas: "src/schemas.ts",
    sample: "src/sample.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // Maps point at the original lines without embedding the sources: the tarball stays small (the
  // sources are not shipped, so a debugger shows the line numbers and the built code).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  target: "node20",
  treeshake: true,
  splitting: false,
  tsconfig: "tsconfig.build.json",
});
