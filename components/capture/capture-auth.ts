import { createBrowserClient, unwrap, type BrowserAuth, type Schemas } from "@/components/ui/api";

// The capture app signs in like the native app would: an API token kept on the device, or the console
// account (the session cookie, with the CSRF token that GET /api/v1/auth/session hands back).

const TOKEN_KEY = "sieve-capture-token";

export type CaptureIdentity = { auth: BrowserAuth; name: string };

const principalName = (p: Schemas["Principal"]) => (p.kind === "user" ? p.name : `token “${p.name}”`);

/** Who this device is signed in as, or null: a stored token first, then a console session. */
export async function restoreIdentity(): Promise<CaptureIdentity | null> {
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) {
    const identity = await identityFromToken(token).catch(() => null);
    if (identity) return identity;
  }
  const result = await createBrowserClient({ kind: "session", csrfToken: () => "" }).GET("/api/v1/auth/session");
  if (!result.response.ok || !result.data) return null;
  const principal = result.data.principal;
  if (principal.kind !== "user") return null;
  return { auth: { kind: "session", csrfToken: () => principal.csrfToken }, name: principalName(principal) };
}

export async function identityFromToken(token: string): Promise<CaptureIdentity> {
  const auth: BrowserAuth = { kind: "token", token };
  const { principal } = unwrap(await createBrowserClient(auth).GET("/api/v1/auth/session"));
  localStorage.setItem(TOKEN_KEY, token);
  return { auth, name: principalName(principal) };
}

export async function signInWithPassword(email: string, password: string): Promise<CaptureIdentity> {
  const session = unwrap(await createBrowserClient({ kind: "session", csrfToken: () => "" }).POST("/api/v1/auth/session", { body: { email, password } }));
  localStorage.removeItem(TOKEN_KEY);
  return { auth: { kind: "session", csrfToken: () => session.csrfToken }, name: session.user.name };
}

export async function signOutDevice(identity: CaptureIdentity) {
  localStorage.removeItem(TOKEN_KEY);
  if (identity.auth.kind === "session") await createBrowserClient(identity.auth).DELETE("/api/v1/auth/session").catch(() => undefined);
}
