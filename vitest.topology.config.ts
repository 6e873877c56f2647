import path from "node:path";
import { defineConfig } from "vitest/config";

// npm run test:topology: tests/topology on its own, after `npm run build` (the web instances are
// `next start` of the production build), so a plain `npx vitest run` never starts it.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    name: "topology",
    include: ["tests/topology/**/*.test.ts"],
    environment: "node",
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
