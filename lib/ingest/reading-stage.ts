import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import type { AgentStep, Document, Prisma } from "@/lib/generated/prisma/client";
import { readDocumentContent, type ReadingProgress } from "@/lib/ingest/document-reading";
import { sniffMediaType } from "@/lib/ingest/media-type";
import { readingSchema, type Reading } from "@/lib/ingest/reading-schema";

// The run's first stage: read the stored bytes (OCR for scans, the text layer for PDFs), keep
// the reading on the document, and record it in the trace as a step like an agent's ("reading",
// tier local). A document already read (a resumed run) is not read again. A stage that was
// interrupted (the process died mid-reading) runs again on recovery; a file that has killed the
// reader twice is not tried a third time.

export type ReadingEvent = { stepId: string } & (ReadingProgress | { phase: "failed"; code: string; message: string });

export type ReadingStageInput = {
  runId: string;
  document: Document;
  /** Steps earlier executions of this run recorded. */
  previousSteps: Pick<AgentStep, "agent" | "status" | "error">[];
  emit: (event: ReadingEvent) => unknown;
};

export type ReadingOutcome = { text: string; reading: Reading | null; stepId: string | null };

/** The run failed because its file cannot be read; `code` is what the API and console show. */
export class ReadingFailedError extends Error {
  readonly code: string;
  readonly reason: string;
  constructor(code: string, reason: string, message: string) {
    super(message);
    this.name = "ReadingFailedError";
    this.code = code;
    this.reason = reason;
  }
}

const MAX_INTERRUPTED_READINGS = 2;

/** The stored reading of a document, if it was read (older documents have text only). */
export function storedReading(document: Pick<Document, "reading">): Reading | null {
  const parsed = readingSchema.safeParse(document.reading);
  return parsed.success ? parsed.data : null;
}

export async function runReadingStage(input: ReadingStageInput): Promise<ReadingOutcome> {
  const { document } = input;
  if (document.text !== null && (document.reading !== null || document.mime === "text/plain")) {
    return { text: document.text, reading: storedReading(document), stepId: null };
  }
  const interrupted = input.previousSteps.filter((s) => s.agent === "reading" && s.status === "failed" && s.error?.startsWith("interrupted")).length;
  const stepId = crypto.randomUUID();
  const startedAt = new Date();
  await db.agentStep.create({
    data: { id: stepId, runId: input.runId, agent: "reading", tier: "local", status: "running", startedAt, input: { mime: document.mime, size: document.size, pageCount: document.pageCount } },
  });
  const fail = async (code: string, reason: string, message: string): Promise<never> => {
    await db.agentStep.update({
      where: { id: stepId },
      data: { status: "failed", error: `${code}: ${message}`, decision: reason, finishedAt: new Date(), durationMs: Date.now() - startedAt.getTime() },
    });
    await input.emit({ stepId, phase: "failed", code, message });
    throw new ReadingFailedError(code, reason, message);
  };
  if (interrupted >= MAX_INTERRUPTED_READINGS) {
    return fail("reading_interrupted", "crashed_reader", `Reading this file was interrupted ${interrupted} times; it is not tried again`);
  }
  let reading: Reading;
  try {
    const sniffed = await sniffMediaType(document.bytes);
    if (!sniffed.kind) throw new AppError("unsupported_media_type", "The stored file is of no supported type", { reason: "unsupported" });
    reading = await readDocumentContent(sniffed.kind, document.bytes, { onProgress: (event) => input.emit({ stepId, ...event }) });
  } catch (error) {
    const reason = error instanceof AppError ? String((error.details as { reason?: unknown } | undefined)?.reason ?? error.code) : "reader_error";
    const message = error instanceof Error ? error.message : String(error);
    return fail("unreadable_document", reason, message);
  }
  const finishedAt = new Date();
  await db.document.update({
    where: { id: document.id },
    data: { text: reading.text, reading: reading as unknown as Prisma.InputJsonValue, readingConfidence: reading.confidence, pageCount: reading.pages.length },
  });
  await db.agentStep.update({
    where: { id: stepId },
    data: {
      status: "succeeded",
      confidence: reading.confidence,
      decision: reading.engine,
      output: { engine: reading.engine, pages: reading.pages, words: reading.words.length, characters: reading.text.length },
      finishedAt,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
    },
  });
  return { text: reading.text, reading, stepId };
}
