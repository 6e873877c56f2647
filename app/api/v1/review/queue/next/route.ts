import { apiRoute } from "@/lib/http/api-route";
import { claimNext } from "@/lib/review/claims";
import { claimedNextSchema, claimNextBodySchema } from "@/lib/review/queue-contract";

export const POST = apiRoute({ access: { console: true }, body: claimNextBodySchema, response: claimedNextSchema }, async ({ actor, body }) => {
  const { excludeItemId, ...query } = body;
  return { item: await claimNext(actor, query, { excludeItemId }) };
});
