// @ts-check
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "docs/api/**",
      "node_modules/**",
      "**/cdktf.out/**",
      "**/.terraform/**",
      "**/.gen/**",
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The templates' hooks for `cdktf init --template`: CommonJS files sscaff loads with require.
    files: ["templates/*/.hooks.sscaff.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", exports: "writable" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
