import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { alertSchema } from "@/lib/alerts/alert-contract";
import { acknowledgeAlert } from "@/lib/alerts/alert-store";

export const POST = apiRoute({ access: { console: true, role: "admin" }, params: idParams, response: alertSchema }, async ({ actor, params }) =>
  acknowledgeAlert(actor.tenantId, actor.userId, params.id),
);
