// ESLint flat config: the recommended JavaScript rules and typescript-eslint's strictTypeChecked
// (type-aware: each file is linted with the types of the tsconfig that includes it).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "docs/api/", "coverage/", "node_modules/", ".tmp/"]),
  {
    files: ["**/*.{ts,js}"],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
      },
    },
    rules: {
      // Numbers in messages are intended: their default formatting is the wanted text.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // A leading _ marks a name kept unused on purpose (as tsc's noUnusedLocals reads it), mostly
      // a field dropped from a rest destructuring: `const { groupBy: _groupBy, ...rest } = options`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The examples import the package by name, which tsconfig.examples.json maps to the sources;
    // the project service only reads files named tsconfig.json, so name the project here.
    files: ["examples/**/*.ts"],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: "./tsconfig.examples.json",
      },
    },
  },
  {
    // The bin is one import of the built command (which does not exist before the build), so it is
    // linted without types rather than type-checked through dist/.
    files: ["bin/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
  },
  {
    files: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.test-d.ts", "test/**"],
    rules: {
      // Tests index fixtures they have just built; a failed `!` fails the test, which is its job.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
