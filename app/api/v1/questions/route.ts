import { authorize } from "@/lib/api/authorize";
import { readQuery } from "@/lib/api/query";
import { route } from "@/lib/api/respond";
import { listQuestionsQuery } from "@/lib/api/schemas/questions";
import { listQuestions } from "@/lib/documents/read-runs";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  return Response.json(await listQuestions(principal.tenantId, readQuery(request, listQuestionsQuery)));
});
