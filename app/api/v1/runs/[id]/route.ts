import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { runSchema } from "@/lib/documents/run-contract";
import { getRun } from "@/lib/documents/read-runs";

export const GET = apiRoute({ access: { scope: "read" }, params: idParams, response: runSchema }, async ({ actor, params }) => getRun(actor.tenantId, params.id));
