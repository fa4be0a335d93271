// ESLint for the UI: `npm run lint`. Not part of `dotnet build` (it takes a while on a loaded machine);
// CI runs it through scripts/lint-web.sh.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "src/api.generated.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts"],
    languageOptions: { globals: globals.browser },
  },
);
