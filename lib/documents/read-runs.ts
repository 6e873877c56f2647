import "server-only";
import { afterCursor, page } from "@/lib/core/cursor";
import { notFound } from "@/lib/core/errors";
import type { ListQuestionsQuery } from "@/lib/documents/run-contract";
import { TERMINAL_RUN_STATUSES, type QuestionView, type RunView } from "@/lib/documents/run-contract";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { runResultInclude } from "@/lib/documents/run-includes";
import { questionView, runView } from "@/lib/documents/views";

export async function getRun(tenantId: string, id: string): Promise<RunView> {
  const run = await db.run.findFirst({ where: { id, tenantId }, include: runResultInclude });
  if (!run) throw notFound("Run");
  return runView(run);
}

const questionStatusWhere = {
  open: { answeredAt: null, run: { status: { notIn: [...TERMINAL_RUN_STATUSES] } } },
  answered: { answeredAt: { not: null } },
  closed: { answeredAt: null, run: { status: { in: [...TERMINAL_RUN_STATUSES] } } },
} satisfies Record<ListQuestionsQuery["status"], Prisma.QuestionWhereInput>;

export async function listQuestions(tenantId: string, query: ListQuestionsQuery): Promise<{ data: QuestionView[]; nextCursor: string | null }> {
  const rows = await db.question.findMany({
    where: {
      AND: [
        { run: { tenantId, ...(query.documentId ? { documentId: query.documentId } : {}) } },
        query.runId ? { runId: query.runId } : {},
        questionStatusWhere[query.status],
        afterCursor(query.cursor),
      ],
    },
    include: { run: { select: { documentId: true, status: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const { items, nextCursor } = page(rows, query.limit);
  return { data: items.map((q) => questionView(q, q.run)), nextCursor };
}
