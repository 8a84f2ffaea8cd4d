import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
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
          include: ["src/**/*.test-prop.ts", "test/**/*.test-prop.ts"],
          testTimeout: 60_000,
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
          name: "package",
          include: ["test/packaging/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
