import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const config = [
  ...nextVitals,
  ...nextTs,
  { rules: { ...jsxA11y.configs.recommended.rules } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [".next/**", ".next-bench/**", "node_modules/**", "prisma/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
];

export default config;
