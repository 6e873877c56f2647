import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { FieldValue } from "@/lib/generated/prisma/client";
import { fieldEvidenceSchema } from "@/lib/ingest/reading-schema";
import { summarisationOutputSchema } from "@/lib/schemas/agent-outputs";
import { documentAuditTrail } from "@/lib/review/audit-log";
import { canAct, canClaim } from "@/lib/review/claim-rules";
import { fieldLabel } from "@/lib/review/correction-check";
import { queueRows, toQueueItem } from "@/lib/review/queue-list";
import type { PreviewKind, ReviewDocument, ReviewField, ReviewQuestion } from "@/lib/review/review-contract";
import { vendorOfRun } from "@/lib/vendors/vendor-store";

// Everything the review screen shows for one document, in one read, scoped to the viewer's tenant.

export function previewKind(mime: string): PreviewKind {
  if (mime === "application/pdf") return "pdf";
  if (/^image\/(png|jpeg|gif|webp)$/.test(mime)) return "image";
  if (mime.startsWith("text/")) return "text";
  return "none";
}

export function toReviewField(field: FieldValue, docType: string | null, correctedBy: string | null): ReviewField {
  return {
    id: field.id,
    name: field.name,
    label: fieldLabel(docType, field.name),
    value: field.value,
    correctedValue: field.correctedValue,
    effectiveValue: field.correctedValue ?? field.value,
    confidence: field.confidence,
    sourceStart: field.sourceStart,
    sourceEnd: field.sourceEnd,
    flags: field.flags,
    // Stored JSON from older runs (or none) shows no box rather than failing the whole screen.
    evidence: fieldEvidenceSchema.nullable().catch(null).parse(field.evidence ?? null),
    correctedBy,
    correctedAt: field.correctedAt?.toISOString() ?? null,
    version: field.version,
  };
}

function optionLabels(options: unknown): string[] {
  if (!Array.isArray(options)) return [];
  return options
    .map((o) => (typeof o === "string" ? o : o && typeof o === "object" && "label" in o ? String(o.label) : null))
    .filter((o): o is string => o !== null);
}

export async function getReviewDocument(tenantId: string, userId: string, documentId: string, now = new Date()): Promise<ReviewDocument> {
  const document = await db.document.findFirst({
    where: { id: documentId, tenantId },
    select: { id: true, filename: true, mime: true, size: true, status: true, docType: true, pageCount: true, text: true, createdAt: true },
  });
  if (!document) throw notFound("Document");

  const run = await db.run.findFirst({
    where: { documentId, tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      steps: { where: { agent: { in: ["summarisation", "summarization", "summary"] } }, select: { output: true }, take: 1 },
      questions: { orderBy: { createdAt: "asc" } },
    },
  });
  const [fields, itemRows, audit, vendor] = await Promise.all([
    run ? db.fieldValue.findMany({ where: { runId: run.id }, orderBy: [{ sourceStart: { sort: "asc", nulls: "last" } }, { name: "asc" }] }) : [],
    run
      ? queueRows({ tenantId, runId: run.id }, { sort: "newest", limit: 20 })
      : [],
    documentAuditTrail(tenantId, documentId),
    run ? vendorOfRun(tenantId, run.id) : null,
  ]);
  const people = new Map(
    (await db.user.findMany({
      where: { id: { in: [...fields.map((f) => f.correctedById), ...(run?.questions.map((q) => q.answeredById) ?? [])].filter((id): id is string => !!id) } },
      select: { id: true, name: true },
    })).map((u) => [u.id, u.name]),
  );
  const docType = run?.docType ?? document.docType;
  const current = itemRows.find((r) => r.status !== "resolved") ?? itemRows[0] ?? null;
  const summary = summarisationOutputSchema.pick({ summary: true }).safeParse(run?.steps[0]?.output);

  const questions: ReviewQuestion[] = (run?.questions ?? []).map((q) => ({
    id: q.id,
    runId: q.runId,
    agent: q.agent,
    prompt: q.prompt,
    options: optionLabels(q.options),
    answer: q.answer,
    answeredBy: q.answeredById ? (people.get(q.answeredById) ?? null) : null,
    answeredVia: q.answeredVia,
    createdAt: q.createdAt.toISOString(),
    answeredAt: q.answeredAt?.toISOString() ?? null,
  }));

  return {
    document: { ...document, preview: previewKind(document.mime), createdAt: document.createdAt.toISOString() },
    run: run && {
      id: run.id,
      status: run.status,
      docType: run.docType,
      confidence: run.confidence,
      decision: run.decision,
      decisionReasons: run.decisionReasons,
      summary: summary.success ? summary.data.summary : null,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    },
    fields: fields.map((f) => toReviewField(f, docType, f.correctedById ? (people.get(f.correctedById) ?? null) : null)),
    vendor,
    questions,
    item: current && toQueueItem(current),
    audit,
    viewer: {
      userId,
      canAct: current ? canAct(current, userId) : false,
      canClaim: current ? canClaim(current, userId, now) && !(current.status === "claimed" && current.assigneeId === userId) : false,
    },
  };
}
