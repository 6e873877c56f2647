import fs from "node:fs";
import path from "node:path";

// The API as Next.js serves it: every app/api/v1/**/route.ts file, its URL pattern and methods.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RouteFile {
  file: string;
  /** OpenAPI-style path, e.g. /api/v1/documents/{id}. */
  openApiPath: string;
  pattern: RegExp;
  paramNames: string[];
  methods: HttpMethod[];
}

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api/v1");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : entry.name === "route.ts" ? [full] : [];
  });
}

const METHOD_EXPORT = new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+(${HTTP_METHODS.join("|")})\\b`, "g");

export function apiRouteFiles(): RouteFile[] {
  return walk(apiDir)
    .map((file) => {
      const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
      const paramNames: string[] = [];
      const openApiPath = "/" + segments.map((s) => s.replace(/^\[(\w+)\]$/, (_m, name: string) => (paramNames.push(name), `{${name}}`))).join("/");
      const pattern = new RegExp("^" + openApiPath.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "([^/]+)") + "$");
      const methods = [...fs.readFileSync(file, "utf8").matchAll(METHOD_EXPORT)].map((m) => m[1] as HttpMethod);
      return { file: path.relative(root, file), openApiPath, pattern, paramNames, methods };
    })
    .sort((a, b) => a.openApiPath.localeCompare(b.openApiPath));
}
