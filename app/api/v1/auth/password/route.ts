import { apiRoute } from "@/lib/http/api-route";
import { changePasswordRequestSchema, passwordChangedSchema } from "@/lib/auth/user-contract";
import { readCookie } from "@/lib/auth/principal";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { changeOwnPassword } from "@/lib/auth/users";

// A console principal came from the session cookie, so it is present.
export const POST = apiRoute({ access: { console: true }, body: changePasswordRequestSchema, response: passwordChangedSchema }, async ({ actor, body, request }) =>
  changeOwnPassword(body, actor, readCookie(request, SESSION_COOKIE)!, clientAddress(request)),
);
