import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { GENERATED_TYPES_PATH, generateClientTypes } from "@/lib/api-client/generate-types";
import { apiRouteFiles } from "../../support/api-routes";

const document = () => JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>> };

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(document());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const broken = document() as Record<string, unknown>;
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("documents every method of every app/api/v1 route file", () => {
    const { paths } = document();
    const missing = apiRouteFiles().flatMap((route) =>
      route.methods.filter((m) => !paths[route.openApiPath]?.[m.toLowerCase()]).map((m) => `${m} ${route.openApiPath} (${route.file})`),
    );
    expect(missing, "add these to lib/api/openapi/paths/*").toEqual([]);
  });

  it("documents no endpoint that does not exist", () => {
    const served = new Set(apiRouteFiles().flatMap((r) => r.methods.map((m) => `${m.toLowerCase()} ${r.openApiPath}`)));
    const stale = Object.entries(document().paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => key !== "parameters" && !served.has(`${key} ${path}`))
        .map((key) => `${key.toUpperCase()} ${path}`),
    );
    expect(stale).toEqual([]);
  });

  it("gives every operation a unique operationId and an error response", () => {
    const operations = Object.values(document().paths).flatMap((item) => Object.values(item));
    const ids = operations.map((o) => o.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of operations) expect(Object.keys(o.responses)).toContain("500");
  });
});

describe("the route walker the coverage test relies on", () => {
  it("finds the foundation's routes with their methods and turns [param] folders into {param}", () => {
    const routes = apiRouteFiles();
    expect(routes.find((r) => r.openApiPath === "/api/v1/auth/session")?.methods.sort()).toEqual(["DELETE", "GET", "POST"]);
    const document = routes.find((r) => r.openApiPath === "/api/v1/documents/{id}");
    expect(document?.paramNames).toEqual(["id"]);
    expect(document?.pattern.exec("/api/v1/documents/abc")?.[1]).toBe("abc");
    expect(routes.find((r) => r.openApiPath === "/api/v1/health")?.methods).toEqual(["GET"]);
  });
});

describe("the typed client", () => {
  it(`is generated from the current document (run \`npm run api:client\` after changing an API schema)`, async () => {
    expect(fs.readFileSync(GENERATED_TYPES_PATH, "utf8")).toBe(await generateClientTypes());
  });
});
