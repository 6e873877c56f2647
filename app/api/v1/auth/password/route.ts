import { authorizeConsoleUser } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { changePasswordRequestSchema } from "@/lib/auth/user-contract";
import { readCookie } from "@/lib/auth/principal";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/auth/users";

export const POST = route(async (request, context) => {
  const principal = await authorizeConsoleUser(request, context);
  const input = await readJson(request, changePasswordRequestSchema);
  // A console principal came from this cookie, so it is present.
  const sessionToken = readCookie(request, SESSION_COOKIE)!;
  return Response.json(await changeOwnPassword(input, { tenantId: principal.tenantId, userId: principal.userId, sessionToken, requestId: context.requestId }));
});
