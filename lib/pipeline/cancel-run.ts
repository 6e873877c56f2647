import "server-only";
import type { Actor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Run } from "@/lib/generated/prisma/client";
import { announceCancellation } from "@/lib/pipeline/run-registry";
import { appendRunEvent } from "@/lib/streams/run-event-log";

// Cancelling stops a run that has not reached a decision. Its execution, here or in another
// process, is aborted at once (its model calls too); one that misses the message finds the run
// cancelled when it next writes, and writes nothing.

const CANCELLABLE: Run["status"][] = ["queued", "running", "waiting_for_answer"];

export async function cancelRun(actor: Actor, runId: string, options: { reason?: string } = {}): Promise<Run> {
  const run = await db.run.findFirst({ where: { id: runId, tenantId: actor.tenantId } });
  if (!run) throw notFound("Run");
  if (!CANCELLABLE.includes(run.status)) throw new AppError("invalid_state", `A ${run.status} run cannot be cancelled`, { status: run.status });
  const cancelled = await db.$transaction(async (tx) => {
    const updated = await tx.run.updateMany({
      where: { id: runId, status: { in: CANCELLABLE } },
      data: { status: "cancelled", finishedAt: new Date(), error: options.reason ?? null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("invalid_state", "The run reached a decision meanwhile");
    await tx.document.update({ where: { id: run.documentId }, data: { status: "cancelled" } });
    await audit(tx, actor, "run.cancelled", { type: "run", id: runId, documentId: run.documentId, runId }, { from: run.status, reason: options.reason ?? null });
    return tx.run.findUniqueOrThrow({ where: { id: runId } });
  });
  await announceCancellation(runId);
  await appendRunEvent(runId, "run-status", { status: "cancelled", detail: options.reason ?? null });
  return cancelled;
}
