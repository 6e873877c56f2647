import { apiRoute } from "@/lib/http/api-route";
import { listQuestionsQuery, questionPageSchema } from "@/lib/documents/run-contract";
import { listQuestions } from "@/lib/documents/read-runs";

export const GET = apiRoute({ access: { scope: "read" }, query: listQuestionsQuery, response: questionPageSchema }, async ({ actor, query }) =>
  listQuestions(actor.tenantId, query),
);
