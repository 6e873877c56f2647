import { authorize } from "@/lib/http/authorize";
import { notFound } from "@/lib/core/errors";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { db } from "@/lib/db";
import { streamQuerySchema } from "@/lib/pipeline/pipeline-contract";
import { runStreamResponse } from "@/lib/streams/run-stream";

// The run's progress as an AI SDK UI message stream (SSE, data parts). Reconnect with
// ?from=<seq> or a Last-Event-ID header; a finished run replays from its record. Disconnecting
// never affects the run.
export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  const { id } = idParams.parse(context.params);
  const { from } = readQuery(request, streamQuerySchema);
  const lastEventId = Number.parseInt(request.headers.get("last-event-id") ?? "", 10);
  const run = await db.run.findFirst({ where: { id, tenantId: principal.tenantId }, select: { id: true } });
  if (!run) throw notFound("Run");
  return runStreamResponse(run.id, from ?? (Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId + 1 : 0), request.signal);
});
