import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { claimItem, releaseItem } from "@/lib/review/claims";
import { queueItemSchema } from "@/lib/review/queue-contract";

/** Claims the item, or renews the caller's own claim (the review page's heartbeat). */
export const POST = apiRoute({ access: { console: true }, params: idParams, response: queueItemSchema }, async ({ actor, params }) => claimItem(actor, params.id));

/** Gives the item back to the queue. */
export const DELETE = apiRoute({ access: { console: true }, params: idParams, response: queueItemSchema }, async ({ actor, params }) => releaseItem(actor, params.id));
