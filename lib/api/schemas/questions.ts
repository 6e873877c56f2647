import { z } from "zod";
import { idSchema, pageOf, paginationQuery } from "@/lib/api/schemas/common";
import { questionSchema, questionStatusSchema } from "@/lib/api/schemas/runs";

export const listQuestionsQuery = paginationQuery.extend({
  status: questionStatusSchema.default("open").meta({ description: "Defaults to open" }),
  documentId: idSchema.optional(),
  runId: idSchema.optional(),
});

export const questionPageSchema = pageOf(questionSchema).meta({ id: "QuestionPage" });

export type ListQuestionsQuery = z.infer<typeof listQuestionsQuery>;
