import { readJson, route } from "@/lib/http/respond";
import { signInRequestSchema } from "@/lib/auth/session-contract";
import { authenticate, readCookie } from "@/lib/auth/principal";
import { SESSION_COOKIE, signIn, signOut } from "@/lib/auth/session";

const cookie = (value: string, expires: Date) =>
  `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Expires=${expires.toUTCString()}`;

export const POST = route(async (request) => {
  const { email, password } = await readJson(request, signInRequestSchema);
  const session = await signIn(email, password);
  return Response.json(
    { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() },
    { headers: { "set-cookie": cookie(session.token, session.expiresAt) } },
  );
});

export const GET = route(async (request) => {
  const principal = await authenticate(request);
  return Response.json({ principal });
});

export const DELETE = route(async (request) => {
  await authenticate(request);
  await signOut(readCookie(request, SESSION_COOKIE));
  return new Response(null, { status: 204, headers: { "set-cookie": cookie("", new Date(0)) } });
});
