import createClient, { type Middleware } from "openapi-fetch";
import { SieveApiError, unwrap, type SieveSchemas } from "@/lib/api-client/client";
import type { paths } from "@/lib/api-client/openapi-types";

// The browser's one way into /api/v1: openapi-fetch over the generated types, so paths, bodies and
// responses come from the OpenAPI document, and every failure is a SieveApiError.

export type Schemas = SieveSchemas;
export { SieveApiError, unwrap };

/** How a browser client proves who it is: the console session (cookie + CSRF header) or an API token. */
export type BrowserAuth = { kind: "session"; csrfToken: () => string } | { kind: "token"; token: string };

function pageCsrfToken(): string {
  if (typeof document === "undefined") return "";
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? "";
}

export const consoleAuth: BrowserAuth = { kind: "session", csrfToken: pageCsrfToken };

export function authHeaders(auth: BrowserAuth): Record<string, string> {
  return auth.kind === "token" ? { authorization: `Bearer ${auth.token}` } : { "x-csrf-token": auth.csrfToken() };
}

export function createBrowserClient(auth: BrowserAuth) {
  const client = createClient<paths>({ baseUrl: "" });
  const middleware: Middleware = {
    onRequest({ request }) {
      for (const [name, value] of Object.entries(authHeaders(auth))) request.headers.set(name, value);
      return request;
    },
  };
  client.use(middleware);
  return client;
}

/** The console's client: the signed-in session of the page. */
export const api = createBrowserClient(consoleAuth);

/** A message fit for a banner: the API's own message, or a generic one for network failures. */
export const errorMessage = (error: unknown) => (error instanceof SieveApiError ? error.message : "Something went wrong; try again");
