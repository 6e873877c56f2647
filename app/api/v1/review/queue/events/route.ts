import { apiRoute } from "@/lib/http/api-route";
import { queueEventStream } from "@/lib/review/queue-event-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: { console: true } }, async ({ actor, request }) => queueEventStream(actor.tenantId, request.signal));
