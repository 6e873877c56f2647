import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { alertOperations } from "@/lib/alerts/alert-contract";
import { sessionOperations } from "@/lib/auth/session-contract";
import { tokenOperations } from "@/lib/auth/token-contract";
import { userOperations } from "@/lib/auth/user-contract";
import { budgetOperations } from "@/lib/budgets/budget-contract";
import type { OperationSpec } from "@/lib/core/contract";
import { documentOperations } from "@/lib/documents/document-contract";
import { runOperations } from "@/lib/documents/run-contract";
import { priceOperations } from "@/lib/gateway/price-contract";
import { labelOperations } from "@/lib/labels/label-contract";
import { operation } from "@/lib/openapi/operation";
import { pipelineOperations } from "@/lib/pipeline/pipeline-contract";
import { queueOperations } from "@/lib/review/queue-contract";
import { reviewOperations } from "@/lib/review/review-contract";
import { systemOperations } from "@/lib/server/system-contract";
import { spendOperations } from "@/lib/spend/spend-contract";
import { thresholdOperations } from "@/lib/thresholds/threshold-contract";
import { vendorOperations } from "@/lib/vendors/vendor-contract";

// The OpenAPI 3.1 document, collected from the domains' contracts (lib/<domain>/*-contract.ts): the same
// zod schemas the routes parse and answer with. Every app/api/v1/**/route.ts method needs an operation
// in one of them (a test checks). This module only gathers; no domain imports it.

const contracts: Array<Record<string, OperationSpec>> = [
  systemOperations,
  sessionOperations,
  documentOperations,
  pipelineOperations,
  runOperations,
  tokenOperations,
  userOperations,
  queueOperations,
  reviewOperations,
  spendOperations,
  budgetOperations,
  alertOperations,
  priceOperations,
  labelOperations,
  thresholdOperations,
  vendorOperations,
];

function paths(): ZodOpenApiPathsObject {
  const out: ZodOpenApiPathsObject = {};
  for (const spec of contracts.flatMap((c) => Object.values(c))) {
    const entry = (out[spec.path] ??= {});
    if (entry[spec.method]) throw new Error(`Two contracts define ${spec.method.toUpperCase()} ${spec.path}`);
    entry[spec.method] = operation(spec);
  }
  return out;
}

export const API_VERSION = "1.0.0";

const description = `The Sieve HTTP API: upload business documents, follow their runs as agents extract, classify,
summarise and validate them, answer the clarifying questions they ask, and read the decisions.

**Authentication.** Send an API token as \`Authorization: Bearer sv_…\`. Admins create and revoke tokens in the
console (Settings → API tokens); each token carries scopes (\`upload\`, \`read\`, \`answer\`) and sees only its
tenant's documents: anything else answers 404.

**Errors.** Every failure has the same body: \`{"error": {"code", "message", "requestId", "details?"}}\`. Branch on
\`code\`; quote \`requestId\` (also in the \`x-request-id\` header) when reporting a problem.

**Rate limits.** Per token, in fixed windows. Every response carries \`RateLimit-Limit\`, \`RateLimit-Remaining\`
and \`RateLimit-Reset\` (seconds); past the limit you get 429 with \`Retry-After\`.

**Retries.** Send an \`Idempotency-Key\` header (any unique string, e.g. a UUID) with each upload. Retrying with the same
key and the same file returns the first response (with \`Idempotent-Replayed: true\`) instead of creating a second
document; the same key with a different request is refused with 422.`;

function build() {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Sieve API", version: API_VERSION, description },
    servers: [{ url: "/", description: "This deployment" }],
    tags: [
      { name: "Documents", description: "Upload documents and read their results" },
      { name: "Runs", description: "Pipeline executions over a document" },
      { name: "Questions", description: "Clarifying questions that pause a run" },
      { name: "API tokens", description: "Token management for console admins" },
      { name: "Console session", description: "Cookie sign-in for the console, and changing your own password" },
      { name: "Admin: users", description: "Console users of the tenant: add, change roles, disable, reset passwords (console admins)" },
      { name: "System", description: "Health, readiness and this document" },
      { name: "Review console", description: "The reviewers' queue and review screen (console session)" },
      { name: "Admin: spend and budgets", description: "Spend reports, budgets, alerts and model prices (console admins)" },
      { name: "Vendors", description: "The tenant's vendor memory: browse, correct and merge known vendors (console session)" },
      { name: "Admin: labels", description: "Approved documents as a labelled dataset, for evaluation and learning (console admins)" },
      { name: "Admin: pipeline settings", description: "Auto-approve, escalation and review thresholds (admins read, operators change)" },
    ],
    paths: paths(),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (sv_…) created by an admin in the console" },
        cookieAuth: { type: "apiKey", in: "cookie", name: "sieve_session", description: "Console session; changes also need the x-csrf-token header" },
      },
    },
  });
}

let cached: ReturnType<typeof build> | undefined;

/** Built once per process: the schemas do not change at run time. */
export function openApiDocument() {
  cached ??= build();
  return cached;
}
