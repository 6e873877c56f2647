import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/core/errors";
import { randomSecret, sha256 } from "@/lib/auth/secrets";
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess, UNKNOWN_ADDRESS } from "@/lib/auth/sign-in-throttle";

export const SESSION_COOKIE = "sieve_session";

/**
 * The Set-Cookie value for a session. Secure whenever the console is reached over HTTPS, directly
 * or behind a TLS-terminating proxy (X-Forwarded-Proto); over plain HTTP a browser would drop it.
 */
export function sessionCookie(request: Request, value: string, expires: Date): string {
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const https = forwardedProto ? forwardedProto === "https" : new URL(request.url).protocol === "https:";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Expires=${expires.toUTCString()}${https ? "; Secure" : ""}`;
}

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const dummyHash = hashPassword(randomSecret());

/** Emails are stored and looked up in this form, so "Ada@Example.com " signs in as ada@example.com. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** `address` is where the attempt comes from (clientAddress(request)): failures slow that address down. */
export async function signIn(email: string, password: string, address = UNKNOWN_ADDRESS) {
  const normalised = normaliseEmail(email);
  await assertSignInAllowed(normalised, address);
  const user = await db.user.findUnique({ where: { email: normalised } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok || user.disabledAt) {
    await recordSignInFailure(normalised, address);
    throw new AppError("invalid_credentials", "Email or password is not correct");
  }
  await recordSignInSuccess(normalised, address);
  const token = randomSecret();
  const expiresAt = new Date(Date.now() + env().SESSION_TTL_HOURS * 3_600_000);
  const session = await db.session.create({
    data: { userId: user.id, tokenHash: sha256(token), csrfToken: randomSecret(18), expiresAt },
  });
  return { token, expiresAt, csrfToken: session.csrfToken, user: publicUser(user) };
}

export async function sessionFromToken(token: string | undefined) {
  if (!token) return null;
  const session = await db.session.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  return session;
}

export async function signOut(token: string | undefined) {
  if (token) await db.session.deleteMany({ where: { tokenHash: sha256(token) } });
}

export function publicUser(user: { id: string; email: string; name: string; role: string; tenantId: string }) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, tenantId: user.tenantId };
}
