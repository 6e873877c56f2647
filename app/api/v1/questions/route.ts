import { authorize } from "@/lib/http/authorize";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { listQuestionsQuery } from "@/lib/documents/run-contract";
import { listQuestions } from "@/lib/documents/read-runs";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  return Response.json(await listQuestions(principal.tenantId, readQuery(request, listQuestionsQuery)));
});
