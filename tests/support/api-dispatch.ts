import path from "node:path";
import { apiRouteFiles, type RouteFile } from "./api-routes";

// Sends a Request to the matching route handler module in-process, the way Next.js would:
// `handler(request, { params: Promise<params> })`. Lets tests (and the typed client) speak HTTP
// to the real routes without a server.

const root = path.resolve(import.meta.dirname, "../..");
let routes: RouteFile[] | undefined;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

export async function dispatch(request: Request): Promise<Response> {
  routes ??= apiRouteFiles();
  const { pathname } = new URL(request.url);
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const module = (await import(/* @vite-ignore */ path.join(root, route.file))) as Record<string, Handler | undefined>;
    const handler = module[request.method];
    if (!handler) return new Response(null, { status: 405 });
    const params = Object.fromEntries(route.paramNames.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    return handler(request, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}

/** A fetch that never leaves the process. */
export const inProcessFetch = (input: RequestInfo | URL, init?: RequestInit) =>
  dispatch(input instanceof Request && !init ? input : new Request(input, init));

export const BASE_URL = "http://sieve.test";

export interface CallOptions {
  method?: string;
  bearer?: string;
  cookie?: string;
  csrf?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** A request to the API by path, e.g. `call("/api/v1/documents", { bearer })`. */
export function call(pathAndQuery: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.cookie) headers.cookie = `sieve_session=${options.cookie}`;
  if (options.csrf) headers["x-csrf-token"] = options.csrf;
  if (options.json !== undefined) headers["content-type"] = "application/json";
  return dispatch(
    new Request(BASE_URL + pathAndQuery, {
      method: options.method ?? "GET",
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
    }),
  );
}
