import { apiRoute } from "@/lib/http/api-route";
import { pipelineSettingsPageSchema, pipelineSettingsPatchSchema } from "@/lib/pipeline/pipeline-settings";
import { pipelineSettingsPage, updatePipelineSettings } from "@/lib/pipeline/settings-admin";

// The pipeline's thresholds apply to every tenant: admins read them, operators change them.

export const GET = apiRoute(
  { access: { console: true, role: "admin" }, response: pipelineSettingsPageSchema, headers: { "cache-control": "no-store" } },
  async () => pipelineSettingsPage(),
);

export const PUT = apiRoute(
  { access: { console: true, role: "operator" }, body: pipelineSettingsPatchSchema, response: pipelineSettingsPageSchema },
  async ({ actor, body }) => updatePipelineSettings(actor, body),
);
