import type { ZodOpenApiPathsObject } from "zod-openapi";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";
import { pipelineSettingsPageSchema, pipelineSettingsPatchSchema } from "@/lib/pipeline/pipeline-settings";

// OpenAPI entries for the pipeline's settings (app/api/v1/admin/pipeline-settings).

const tags = ["Admin: pipeline settings"];

export const pipelinePaths: ZodOpenApiPathsObject = {
  "/api/v1/admin/pipeline-settings": {
    get: operation({
      operationId: "getPipelineSettings",
      tags,
      summary: "The pipeline's thresholds in force, their defaults, and which were changed",
      access: "console-admin",
      responses: { "200": jsonResponse("Settings, defaults and the names of the changed ones", pipelineSettingsPageSchema) },
    }),
    put: operation({
      operationId: "setPipelineSettings",
      tags,
      summary: "Change some of the pipeline's thresholds (null puts one back to its default)",
      description:
        "Auto-approve thresholds per document type (the joint confidence of the required fields a document needs to skip review), the audit sampling rate, the classification threshold, review SLA hours, and per-agent local → LLM escalation thresholds. Knobs left out are unchanged; each change is recorded in the audit trail and applies to new runs within 15 s.",
      access: "console-operator",
      requestBody: { required: true, content: { "application/json": { schema: pipelineSettingsPatchSchema } } },
      responses: { "200": jsonResponse("The settings after the change", pipelineSettingsPageSchema) },
      errors: [400],
    }),
  },
};
