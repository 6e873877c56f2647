import { readFile } from "node:fs/promises";
import path from "node:path";
import type { UserActor } from "@/lib/core/actor";
import { db } from "@/lib/db";
import type { LabelledDocument } from "@/lib/eval/dataset";
import { fieldMatches, isDateOrAmount } from "@/lib/eval/field-comparison";
import { originalFile } from "@/lib/eval/files-runner";
import type { ReplayedDocument } from "@/lib/eval/learning-curve";
import { settledRun } from "@/lib/eval/pipeline-runner";
import { formatCents, parseAmountCents } from "@/lib/local-engine/amounts";
import { parseDateToIso } from "@/lib/local-engine/dates";
import { submitDocument } from "@/lib/pipeline/start-run";
import { answerAsReviewer } from "@/lib/review/answers";
import { claimItem } from "@/lib/review/claims";
import { decideItem } from "@/lib/review/decisions";
import { correctField } from "@/lib/review/field-corrections";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

// A labelled folder replayed as a stream of uploads into one fresh tenant, with a simulated
// reviewer working the queue through the console's own functions (claim, correct, answer,
// approve): every document sent to review is corrected to its labels, and every auto-approval the
// pipeline samples for audit is audited the same way. What the reviewer teaches (labels, vendor
// memory) is what the next uploads are read with.

/** The label in the form a reviewer types it: ISO dates, amounts with two decimals. */
function typedLabel(field: string, label: string): string {
  if (field === "date" || field === "due_date") return parseDateToIso(label) ?? label;
  if (isDateOrAmount(field)) {
    const cents = parseAmountCents(label.replace(/^[^\d-]+/, ""));
    return cents === null ? label : formatCents(cents);
  }
  return label.replace(/\s+/g, " ").trim();
}

/** The reviewer's pass over one review item: every field that disagrees with its label is corrected, then approved. */
async function review(actor: UserActor, itemId: string, runId: string, gold: LabelledDocument["fields"]): Promise<void> {
  await claimItem(actor, itemId);
  const fields = await db.fieldValue.findMany({ where: { runId } });
  for (const field of fields) {
    const label = gold[field.name];
    if (label === undefined || label === null || fieldMatches(field.name, field.correctedValue ?? field.value, label)) continue;
    // A label the document type's rules refuse (a noisy one) is left as extracted.
    await correctField(actor, field.id, { value: typedLabel(field.name, label), version: field.version }).catch(() => undefined);
  }
  await decideItem(actor, itemId, { decision: "approve" });
}

/** The field a pending question asks about, from the validation step that asked it. */
async function questionField(question: { agentStepId: string | null }): Promise<string | null> {
  if (!question.agentStepId) return null;
  const step = await db.agentStep.findUnique({ where: { id: question.agentStepId }, select: { output: true } });
  return (step?.output as { question?: { field?: string } } | null)?.question?.field ?? null;
}

export interface ReplayOptions {
  /** Upload each document's original file instead of its labelled text. */
  files: boolean;
  folder: string;
}

export async function learningReplay(options: ReplayOptions) {
  const tenant = await db.tenant.create({ data: { name: `Learning evaluation ${new Date().toISOString()}` } });
  const user = await db.user.create({ data: { tenantId: tenant.id, email: `reviewer-${tenant.id}@sieve.invalid`, name: "Simulated reviewer", role: "reviewer", passwordHash: "!" } });
  const actor: UserActor = { kind: "user", tenantId: tenant.id, userId: user.id, role: "reviewer" };

  return async (doc: LabelledDocument): Promise<ReplayedDocument | null> => {
    const file = options.files ? await originalFile(options.folder, doc) : null;
    if (options.files && !file) return null;
    const upload = file ? { bytes: new Uint8Array(await readFile(file)), filename: path.basename(file) } : { bytes: new TextEncoder().encode(doc.text), filename: `${doc.id}.txt` };
    const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, upload);
    let settled = await settledRun(run.id, 120_000);
    // What the pipeline decided on its own, before anyone touched it.
    const [first, document] = await Promise.all([
      db.fieldValue.findMany({ where: { runId: run.id } }),
      db.document.findUniqueOrThrow({ where: { id: run.documentId }, select: { text: true } }),
    ]);
    const autoApproved = settled.status === "approved";
    let reviewed = false;
    let audited = false;
    for (let round = 0; round < 3; round++) {
      if (settled.status === "waiting_for_answer") {
        const question = await db.question.findFirst({ where: { runId: run.id, answeredAt: null }, orderBy: { createdAt: "desc" } });
        if (!question) break;
        const field = await questionField(question);
        const label = field ? doc.fields[field] : null;
        const options = Array.isArray(question.options) ? question.options.map(String) : [];
        const answer = (field && label ? options.find((o) => fieldMatches(field, o, label)) : undefined) ?? (field && label ? typedLabel(field, label) : options[0]);
        if (!answer) break;
        reviewed = true;
        // A question in the queue is answered under the item's claim, as in the console.
        const queued = await db.reviewItem.findFirst({ where: { runId: run.id, status: { not: "resolved" } }, select: { id: true } });
        if (queued) await claimItem(actor, queued.id);
        await answerAsReviewer(actor, question.id, answer);
        settled = await settledRun(run.id, 120_000);
        continue;
      }
      const item = await db.reviewItem.findFirst({ where: { runId: run.id, status: { not: "resolved" } }, orderBy: { createdAt: "desc" } });
      if (!item || !["needs_review", "approved"].includes(settled.status)) break;
      if (item.reason === "audit_sample") audited = true;
      else reviewed = true;
      await review(actor, item.id, run.id, doc.fields);
      break;
    }
    return {
      id: doc.id,
      trueType: doc.docType,
      predictedType: docTypeIdSchema.catch("generic").parse(settled.docType),
      fields: first.map((f) => ({ name: f.name, value: f.value, confidence: f.confidence, source: f.sourceStart !== null && f.sourceEnd !== null ? { start: f.sourceStart, end: f.sourceEnd } : null })),
      approved: autoApproved,
      reviewed: reviewed || !autoApproved,
      audited,
      gold: doc.fields,
      text: document.text ?? doc.text,
    };
  };
}
