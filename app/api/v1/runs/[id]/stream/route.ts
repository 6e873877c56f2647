import { apiRoute } from "@/lib/http/api-route";
import { notFound } from "@/lib/core/errors";
import { idParams } from "@/lib/core/ids";
import { db } from "@/lib/db";
import { streamQuerySchema } from "@/lib/pipeline/pipeline-contract";
import { runStreamResponse } from "@/lib/streams/run-stream";

// The run's progress as an AI SDK UI message stream (SSE, data parts). Reconnect with
// ?from=<seq> or a Last-Event-ID header; a finished run replays from its record. Disconnecting
// never affects the run.
export const GET = apiRoute({ access: { scope: "read" }, params: idParams, query: streamQuerySchema }, async ({ actor, params, query, request }) => {
  const lastEventId = Number.parseInt(request.headers.get("last-event-id") ?? "", 10);
  const run = await db.run.findFirst({ where: { id: params.id, tenantId: actor.tenantId }, select: { id: true } });
  if (!run) throw notFound("Run");
  return runStreamResponse(run.id, query.from ?? (Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId + 1 : 0), request.signal);
});
