// The layering of ARCHITECTURE.md, enforced: what may import what, and who may read process.env.
import fs from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const forbid = (...patterns) => ["error", { patterns }];
const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Only lib/env.ts reads process.env: add the setting to its zod schema and import `env`.",
};
const outwardFromLib = [
  { group: ["@/app/*", "@/app/**"], message: "lib/ never imports app/: route handlers call lib, not the other way round." },
  { group: ["@/components/*", "@/components/**"], message: "lib/ never imports components/." },
];
const adapterLayers = [
  { group: ["@/lib/http/*"], message: "Domains never import the HTTP adapter (lib/http): return values or throw AppError." },
  { group: ["@/lib/openapi/*"], message: "Only the OpenAPI collector imports contracts; no domain imports lib/openapi." },
];

// A screen's components may use their own folder and components/ui, never another screen's folder.
const screens = fs
  .readdirSync(path.join(import.meta.dirname, "components"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "ui")
  .map((entry) => entry.name);
const screenRules = screens.map((screen) => ({
  files: [`components/${screen}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": forbid(
      { regex: `^@/components/(?!(?:${screen}|ui)/)`, message: `components/${screen} may import only its own folder and components/ui: move what is shared to components/ui.` },
      { group: ["@/lib/db", "@/lib/generated/prisma/client"], message: "Components never talk to Prisma." },
    ),
  },
}));

export default tseslint.config(
  { ignores: ["lib/generated/**", "node_modules/**", ".next*/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/artifacts/**", "public/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  { files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"], rules: { "no-restricted-syntax": ["error", noProcessEnv] } },
  { files: ["lib/env.ts"], rules: { "no-restricted-syntax": "off" } },
  // Sniffing binary uploads means matching NUL and other control bytes on purpose.
  { files: ["lib/ingest/**/*.ts"], rules: { "no-control-regex": "off" } },
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": forbid(...outwardFromLib, ...adapterLayers) } },
  {
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": forbid(...outwardFromLib, {
        regex: "^@/lib/(?!core/|generated/)",
        message: "lib/core is the base layer: it imports nothing of Sieve's but itself (and Prisma's generated types).",
      }),
    },
  },
  { files: ["lib/http/**/*.ts"], rules: { "no-restricted-imports": forbid(...outwardFromLib, adapterLayers[1]) } },
  { files: ["lib/openapi/**/*.ts", "lib/api-client/**/*.ts"], rules: { "no-restricted-imports": forbid(...outwardFromLib, adapterLayers[0]) } },
  ...screenRules,
);
