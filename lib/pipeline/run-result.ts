import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { summarisationOutputSchema } from "@/lib/schemas/agent-outputs";

// A run as clients see it: state, decision, fields, questions, review items, the agent trace
// and the summary. Document bytes and text stay out (they have their own endpoints).

export function runStreamUrl(runId: string): string {
  return `/api/v1/runs/${runId}/stream`;
}

export async function getRunWithResult(tenantId: string, runId: string) {
  const run = await db.run.findFirst({
    where: { id: runId, tenantId },
    include: {
      document: { select: { id: true, filename: true, mime: true, size: true, pageCount: true, status: true, docType: true, createdAt: true } },
      steps: { orderBy: { createdAt: "asc" }, omit: { input: true } },
      fieldValues: { orderBy: { createdAt: "asc" } },
      questions: { orderBy: { createdAt: "asc" } },
      reviewItems: { orderBy: { createdAt: "asc" }, select: { id: true, reason: true, reasons: true, status: true, priority: true, slaDueAt: true, resolution: true, resolvedAt: true } },
    },
  });
  if (!run) throw notFound("Run");
  const summaryStep = run.steps.filter((s) => s.agent === "summarisation" && s.status === "succeeded" && s.decision !== "escalated").at(-1);
  const summary = summarisationOutputSchema.safeParse(summaryStep?.output).data?.summary ?? null;
  return { ...run, summary, streamUrl: runStreamUrl(run.id) };
}

