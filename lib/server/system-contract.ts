import { z } from "zod";
import { defineOperation, isoDateTime, jsonResponse } from "@/lib/core/contract";

export const healthSchema = z.object({ status: z.literal("ok"), time: isoDateTime }).meta({ id: "Health" });

export const readinessSchema = z
  .object({
    ready: z.boolean(),
    checks: z.array(
      z.object({
        name: z.string().meta({ example: "database" }),
        ok: z.boolean(),
        latencyMs: z.number().int().optional(),
        error: z.string().optional(),
      }),
    ),
  })
  .meta({ id: "Readiness" });

export const systemOperations = {
  health: defineOperation({
    method: "get",
    path: "/api/v1/health",
    operationId: "health",
    tags: ["System"],
    summary: "Liveness",
    description: "The process is up. For load balancers; checks no dependency.",
    access: "public",
    responses: { "200": jsonResponse("Alive", healthSchema) },
  }),
  ready: defineOperation({
    method: "get",
    path: "/api/v1/ready",
    operationId: "ready",
    tags: ["System"],
    summary: "Readiness",
    description: "Whether this instance can take traffic: the database and the cache answer.",
    access: "public",
    responses: {
      "200": jsonResponse("Ready", readinessSchema),
      "503": jsonResponse("Not ready; `checks` says what failed", readinessSchema),
    },
  }),
  openApiDocument: defineOperation({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "openApiDocument",
    tags: ["System"],
    summary: "This OpenAPI 3.1 document",
    access: "public",
    responses: { "200": jsonResponse("The document", z.record(z.string(), z.unknown())) },
  }),
};
