import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { updatedUserSchema, updateUserRequestSchema } from "@/lib/auth/user-contract";
import { updateUser } from "@/lib/auth/users";

export const PATCH = apiRoute(
  { access: { console: true, role: "admin" }, params: idParams, body: updateUserRequestSchema, response: updatedUserSchema, headers: { "cache-control": "no-store" } },
  async ({ actor, params, body }) => updateUser(params.id, body, actor),
);
