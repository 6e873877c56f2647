import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { apiTokenSchema } from "@/lib/auth/token-contract";
import { revokeApiTokenAsAdmin } from "@/lib/auth/api-tokens";

export const DELETE = apiRoute({ access: { console: true, role: "admin" }, params: idParams, response: apiTokenSchema }, async ({ actor, params }) =>
  revokeApiTokenAsAdmin(params.id, actor),
);
