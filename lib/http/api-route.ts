import "server-only";
import type { z } from "zod";
import { actorFrom, type Actor, type ApiScope, type Principal, type UserActor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { authorize } from "@/lib/http/authorize";
import { readOptionalJson } from "@/lib/http/optional-json";
import { readQuery } from "@/lib/http/query";
import type { RateBucket } from "@/lib/http/rate-limit";
import { readJson, route, type RequestContext } from "@/lib/http/respond";

// A route declared as config (langfuse's createAuthedProjectAPIRoute): who may call it, what its
// params, query and body look like, and what it answers. The wrapper authenticates, checks scope or
// role, parses the input, and in development and tests checks the answer against its schema as the
// client will see it (after JSON), so a contract that drifts from the code fails loudly.

/** A console session (optionally with at least `role`); bearer tokens are refused. */
type ConsoleAccess = { console: true; role?: Role };
/** A bearer token holding `scope`, or a console user (who holds every scope of the tenant). */
type ApiAccess = { scope: ApiScope; bucket?: RateBucket };
type Access = ConsoleAccess | ApiAccess | "public";

type Caller<A extends Access> = A extends ConsoleAccess
  ? { principal: Extract<Principal, { kind: "user" }>; actor: UserActor }
  : A extends ApiAccess
    ? { principal: Principal; actor: Actor }
    : Record<never, never>;

type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface RouteSpec<A extends Access, P, Q, B, R> {
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** The body may be left out (an empty body parses as `{}`). */
  bodyOptional?: boolean;
  /** The success answer's schema; without it the handler returns a Response of its own (streams, files). */
  response?: R;
  status?: number;
  headers?: Record<string, string>;
}

type Input<A extends Access, P, Q, B> = Caller<A> & {
  request: Request;
  context: RequestContext;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
};

export function apiRoute<
  A extends Access,
  R extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  spec: RouteSpec<A, P, Q, B, R>,
  handler: (input: Input<A, P, Q, B>) => Promise<R extends z.ZodType ? z.input<R> | Response : Response>,
) {
  return route<Record<string, string>>(async (request, context) => {
    const caller = await callerFor(spec.access, request, context);
    const params = spec.params ? spec.params.parse(context.params) : undefined;
    const query = spec.query ? readQuery(request, spec.query) : undefined;
    const body = spec.body ? await (spec.bodyOptional ? readOptionalJson(request, spec.body) : readJson(request, spec.body)) : undefined;
    const result = await handler({ ...caller, request, context, params, query, body } as unknown as Input<A, P, Q, B>);
    if (result instanceof Response) return result;
    if (!spec.response) throw new Error("A route without a response schema must return a Response");
    const wire: unknown = result === undefined ? null : JSON.parse(JSON.stringify(result));
    if (env().NODE_ENV !== "production") {
      const checked = spec.response.safeParse(wire);
      if (!checked.success) throw new Error(`The answer does not match the route's response schema: ${checked.error.message}`);
    }
    return Response.json(wire, { status: spec.status ?? 200, headers: spec.headers });
  });
}

async function callerFor(access: Access, request: Request, context: RequestContext) {
  if (access === "public") return {};
  if ("console" in access) {
    const principal = await authorize(request, context, { consoleOnly: true, role: access.role });
    if (principal.kind !== "user") throw new AppError("forbidden", "This endpoint is for console users");
    return { principal, actor: actorFrom(principal, context.requestId) };
  }
  const principal = await authorize(request, context, { scope: access.scope, bucket: access.bucket });
  return { principal, actor: actorFrom(principal, context.requestId) };
}
