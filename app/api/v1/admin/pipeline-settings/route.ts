import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { pipelineSettingsPatchSchema } from "@/lib/pipeline/pipeline-settings";
import { pipelineSettingsPage, updatePipelineSettings } from "@/lib/pipeline/settings-admin";

// The pipeline's thresholds apply to every tenant: admins read them, operators change them.

export const GET = route(async (request, context) => {
  await authorizeConsoleAdmin(request, context);
  return Response.json(await pipelineSettingsPage(), { headers: { "cache-control": "no-store" } });
});

export const PUT = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context, "operator");
  const patch = await readJson(request, pipelineSettingsPatchSchema);
  return Response.json(await updatePipelineSettings({ tenantId: principal.tenantId, userId: principal.userId, requestId: context.requestId }, patch));
});
