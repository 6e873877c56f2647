import "server-only";
import { actingTokenId, actingUserId, type Actor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { resolveRunCapSetting } from "@/lib/budgets/run-caps";
import { db } from "@/lib/db";
import type { Document, Run } from "@/lib/generated/prisma/client";
import { checkUpload, type IngestLimits } from "@/lib/ingest/upload-checks";
import { env } from "@/lib/env";
import type { ExecuteOptions } from "@/lib/pipeline/execute-run";
import { dispatchRun } from "@/lib/pipeline/run-queue";
import { startRunLog } from "@/lib/streams/run-event-log";

// Upload → stored document → run. The document is committed (its bytes, checked but not yet read:
// reading is the run's first stage) together with its first run before the caller is acknowledged,
// so a 202 always names rows that exist; a refused upload writes nothing. The same file again (same tenant, same SHA-256) is the same document.

export interface RunOptions {
  /** Within the admin maximum; the default cap otherwise. */
  budgetCapMicros?: number;
  requestId?: string;
  execute?: ExecuteOptions;
}

export interface Submitted {
  document: Document;
  run: Run;
  /** The file was already stored for this tenant; `run` is its active (or a new) run. */
  duplicate: boolean;
}

const ACTIVE: Run["status"][] = ["queued", "running", "waiting_for_answer", "needs_review", "approved", "rejected"];

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

function createRunRow(tx: Tx | typeof db, document: Pick<Document, "id" | "tenantId">, uploader: Actor, capMicros: number, options: RunOptions): Promise<Run> {
  return tx.run.create({
    data: { documentId: document.id, tenantId: document.tenantId, apiTokenId: actingTokenId(uploader), budgetCapMicros: capMicros, requestId: options.requestId },
  });
}

/** After the run row is committed: its log starts with "queued", and it executes in the background. */
async function kickOff(run: Run, document: Document, options: RunOptions): Promise<Run> {
  const queued = startRunLog(run.id, "run-status", { status: "queued", detail: null });
  const order = { resumed: false, bytes: document.size, pages: document.pageCount };
  // A worker elsewhere reads the log back, so it gets the job only once "queued" is in it.
  if (env().SIEVE_WORKERS === "external") await queued.stored;
  await dispatchRun({ runId: run.id, tenantId: run.tenantId }, order, { options: options.execute, fresh: { run, document, queued: queued.stored } });
  await queued.persisted;
  return run;
}

/**
 * A new run for a stored document, unless one is already under way or done (re-processing
 * a failed or cancelled document). Returns the run that represents the document now.
 */
export async function startRun(uploader: Actor, documentId: string, options: RunOptions = {}): Promise<Run> {
  const document = await db.document.findFirst({ where: { id: documentId, tenantId: uploader.tenantId } });
  if (!document) throw notFound("Document");
  const latest = await db.run.findFirst({ where: { documentId }, orderBy: { createdAt: "desc" } });
  if (latest && ACTIVE.includes(latest.status)) return latest;
  return kickOff(await createRunRow(db, document, uploader, await resolveRunCapSetting(options.budgetCapMicros), options), document, options);
}

async function existing(uploader: Actor, sha256: string, idempotencyKey: string | undefined, options: RunOptions): Promise<Submitted | null> {
  const byKey = idempotencyKey ? await db.document.findFirst({ where: { tenantId: uploader.tenantId, idempotencyKey } }) : null;
  if (byKey && byKey.sha256 !== sha256) throw new AppError("conflict", "This Idempotency-Key was used for a different file");
  const document = byKey ?? (await db.document.findUnique({ where: { tenantId_sha256: { tenantId: uploader.tenantId, sha256 } } }));
  if (!document) return null;
  return { document, run: await startRun(uploader, document.id, options), duplicate: true };
}

export async function submitDocument(
  uploader: Actor,
  file: { bytes: Uint8Array; filename: string },
  options: RunOptions & { idempotencyKey?: string; limits?: IngestLimits } = {},
): Promise<Submitted> {
  const [capMicros, read] = await Promise.all([resolveRunCapSetting(options.budgetCapMicros), checkUpload(file.bytes, options.limits)]);
  const found = await existing(uploader, read.sha256, options.idempotencyKey, options);
  if (found) return found;
  let created: { document: Document; run: Run };
  const bytes = Buffer.from(file.bytes);
  try {
    created = await db.$transaction(async (tx) => {
      // The bytes are not read back: the run is given the very buffer that was stored.
      const stored = await tx.document.create({
        omit: { bytes: true },
        data: {
          tenantId: uploader.tenantId,
          apiTokenId: actingTokenId(uploader),
          uploadedById: actingUserId(uploader),
          filename: file.filename.slice(0, 255) || "upload",
          mime: read.mime,
          size: read.size,
          sha256: read.sha256,
          bytes,
          pageCount: read.pageCount,
          idempotencyKey: options.idempotencyKey ?? null,
        },
      });
      const doc: Document = { ...stored, bytes };
      await audit(
        tx,
        uploader,
        "document.uploaded",
        { type: "document", id: doc.id, documentId: doc.id },
        { filename: doc.filename, mime: doc.mime, size: doc.size, pageCount: doc.pageCount, sha256: doc.sha256 },
      );
      return { document: doc, run: await createRunRow(tx, doc, uploader, capMicros, options) };
    });
  } catch (error) {
    // The same file uploaded twice at once: the other request stored it first.
    if (isUniqueViolation(error)) {
      const raced = await existing(uploader, read.sha256, options.idempotencyKey, options);
      if (raced) return raced;
    }
    throw error;
  }
  return { document: created.document, run: await kickOff(created.run, created.document, options), duplicate: false };
}
