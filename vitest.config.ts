import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // The suites share one module registry per worker: every file imports the library, and
          // evaluating it again for each of some two hundred files cost more than the tests themselves.
          // No suite mocks modules; the few that change a global (the process's TZ, fake timers) put
          // it back in a finally or an afterEach.
          isolate: false,
          // Some suites compute the catalogue over the sample dataset: seconds on a quiet machine,
          // more on a loaded one.
          testTimeout: 30_000,
          include: [
            "src/**/*.test.ts",
            "test/integration/**/*.test.ts",
            "test/timezones/**/*.test.ts",
            "test/reliability/**/*.test.ts",
            "test/architecture/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "prop",
          isolate: false,
          include: ["src/**/*.test-prop.ts", "test/**/*.test-prop.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Parity of the SQL forms on real engines: embedded DuckDB and a throwaway PostgreSQL
          // server the suite starts and removes (it fails, never skips, when it cannot start one).
          name: "sql",
          include: ["test/sql/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        test: {
          // Runs the built bin (dist/cli.js): after `npm run build`, like the package tests.
          name: "cli",
          include: ["test/cli/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Opens the built bin's HTML report in Debian's chromium: after `npm run build`.
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "package",
          include: ["test/packaging/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
