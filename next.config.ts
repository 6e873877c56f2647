import type { NextConfig } from "next";

const config: NextConfig = {
  // Native, WebAssembly and worker-based packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "ioredis",
    "pino",
    "tesseract.js",
    "@tesseract.js-data/eng",
    "unpdf",
    "pdfjs-dist",
    "mammoth",
  ],
  poweredByHeader: false,
};

export default config;
