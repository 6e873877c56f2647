import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import { listQuestionsQuery, questionPageSchema } from "@/lib/api/schemas/questions";
import { runSchema } from "@/lib/api/schemas/runs";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";

export const runPaths: ZodOpenApiPathsObject = {
  "/api/v1/runs/{id}": {
    get: operation({
      operationId: "getRun",
      tags: ["Runs"],
      summary: "Get a run's status and result",
      access: { scope: "read" },
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The run", runSchema) },
      errors: [400, 404],
    }),
  },
  "/api/v1/questions": {
    get: operation({
      operationId: "listQuestions",
      tags: ["Questions"],
      summary: "List clarifying questions on my documents",
      description: "Open questions by default: their runs wait (`waiting_for_answer`) until one is answered.",
      access: { scope: "read" },
      requestParams: { query: listQuestionsQuery },
      responses: { "200": jsonResponse("A page of questions", questionPageSchema) },
      errors: [400],
    }),
  },
};
