import { readJson, route } from "@/lib/http/respond";
import { signInRequestSchema } from "@/lib/auth/session-contract";
import { authenticate, readCookie } from "@/lib/auth/principal";
import { SESSION_COOKIE, sessionCookie, signIn, signOut } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/sign-in-throttle";

export const POST = route(async (request) => {
  const { email, password } = await readJson(request, signInRequestSchema);
  const session = await signIn(email, password, clientAddress(request));
  return Response.json(
    { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() },
    { headers: { "set-cookie": sessionCookie(request, session.token, session.expiresAt) } },
  );
});

export const GET = route(async (request) => {
  const principal = await authenticate(request);
  return Response.json({ principal });
});

export const DELETE = route(async (request) => {
  await authenticate(request);
  await signOut(readCookie(request, SESSION_COOKIE));
  return new Response(null, { status: 204, headers: { "set-cookie": sessionCookie(request, "", new Date(0)) } });
});
