import "server-only";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readDocumentContent, type ReadingProgress } from "@/lib/ingest/document-reading";
import { kindOfMime } from "@/lib/ingest/media-type";
import { readingSchema, type Reading } from "@/lib/ingest/reading-schema";
import { describeError, finishStep, startStep } from "@/lib/pipeline/agent-steps";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import type { RunEventPayload } from "@/lib/streams/run-event-types";

// The run's first stage: the stored bytes become the reading (text in reading order, words with
// page, box and OCR confidence). It is a step in the trace like an agent's, streams `reading`
// events page by page, and stores the reading on the document, so a resumed or repeated run does
// not read again. A document read by an earlier run (or stored before reading moved here) is not
// read twice. A crash mid-reading leaves the text unset, so the recovered run reads it again.

/** The run failed because its file could not be read; `reason` is the stable code it fails with. */
export class UnreadableDocument extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "UnreadableDocument";
  }
}

function progressPayload(event: ReadingProgress): RunEventPayload<"reading"> {
  switch (event.phase) {
    case "started":
      return { phase: "started", page: null, pages: event.pages, words: 0, confidence: null, engine: null, ms: null };
    case "page":
      return { phase: "page", page: event.page, pages: event.pages, words: event.words, confidence: null, engine: null, ms: null };
    case "finished":
      return { phase: "finished", page: null, pages: event.pages, words: event.words, confidence: event.confidence, engine: event.engine, ms: event.ms };
  }
}

function storedReading(value: unknown): Reading | null {
  const parsed = readingSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Sets `exec.text` and `exec.reading`, reading the file if no run has yet. Throws UnreadableDocument. */
export async function readingStage(exec: RunExecution): Promise<void> {
  const { document } = exec;
  if (document.text !== null) {
    exec.text = document.text;
    exec.reading = storedReading(document.reading);
    return;
  }
  const kind = kindOfMime(document.mime);
  const step = startStep(exec, "reading", "local", { mime: document.mime, size: document.size, pageCount: document.pageCount });
  try {
    if (!kind) throw new AppError("unsupported_media_type", `A stored ${document.mime} file has no reader`, { reason: "unsupported_media_type" });
    const reading = await readDocumentContent(kind, document.bytes, { onProgress: (event) => exec.events.emit("reading", progressPayload(event)) });
    const read = { text: reading.text, readingConfidence: reading.confidence, pageCount: reading.pages.length };
    // Only the id comes back: the row holds the file's bytes, which the run already has.
    await db.document.update({ where: { id: document.id }, data: { ...read, reading: reading as unknown as Prisma.InputJsonValue }, select: { id: true } });
    exec.document = { ...document, ...read, reading: reading as unknown as Prisma.JsonValue };
    exec.text = reading.text;
    exec.reading = reading;
    finishStep(exec, step, {
      status: "succeeded",
      confidence: reading.confidence,
      decision: reading.engine,
      output: { engine: reading.engine, pages: reading.pages, words: reading.words.length, confidence: reading.confidence },
      result: { engine: reading.engine, pages: reading.pages.length, words: reading.words.length },
    });
  } catch (error) {
    if (exec.signal.aborted) throw error;
    finishStep(exec, step, { status: "failed", error: describeError(error) });
    if (error instanceof AppError) throw new UnreadableDocument(String(error.details?.reason ?? error.code), error.message);
    throw error;
  }
}
