import { apiRoute } from "@/lib/http/api-route";
import { createdUserSchema, createUserRequestSchema, userListSchema } from "@/lib/auth/user-contract";
import { createUser, listUsers } from "@/lib/auth/users";

export const GET = apiRoute({ access: { console: true, role: "admin" }, response: userListSchema }, async ({ actor }) => ({
  data: await listUsers(actor.tenantId),
}));

// The temporary password is in this body only; nothing on the way may keep a copy.
export const POST = apiRoute(
  { access: { console: true, role: "admin" }, body: createUserRequestSchema, response: createdUserSchema, status: 201, headers: { "cache-control": "no-store" } },
  async ({ actor, body }) => createUser(body, actor),
);
