import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { runSchema } from "@/lib/documents/run-contract";
import { uploadAcceptedSchema } from "@/lib/pipeline/pipeline-contract";
import { db } from "@/lib/db";
import { IDEMPOTENCY_LEASE_MS } from "@/lib/http/idempotency";
import { getStore } from "@/lib/store/get-store";
import { call } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// The real upload route (ingest, storage, run start) under retried and concurrent requests.

const receipt = (marker: string) => `CORNER CAFE\nReceipt ${marker}\n2026-03-01\nFlat white 3.50\nCroissant 2.80\nTotal EUR 6.30\nThank you`;

// A fresh FormData per attempt: each has its own multipart boundary, as a real client retry would.
function upload(secret: string, key: string, text: string) {
  const form = new FormData();
  form.set("file", new File([text], "receipt.txt", { type: "text/plain" }));
  return call("/api/v1/documents", { method: "POST", bearer: secret, body: form, headers: { "idempotency-key": key } });
}

/** The run once it is at rest (decided, waiting, or stopped), read through the API. */
async function settled(secret: string, runId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const run = runSchema.parse(await (await call(`/api/v1/runs/${runId}`, { bearer: secret })).json());
    if (!["queued", "running"].includes(run.status) || Date.now() > deadline) return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("POST /api/v1/documents with Idempotency-Key", () => {
  it("creates exactly one document and one run when the same upload is retried concurrently", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload", "read"]);
    const key = crypto.randomUUID();
    const text = receipt(key);

    const responses = await Promise.all(Array.from({ length: 6 }, () => upload(secret, key, text)));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(202));
    const bodies = await Promise.all(responses.map(async (r) => uploadAcceptedSchema.parse(await r.json())));
    expect(new Set(bodies.map((b) => `${b.documentId}/${b.runId}`)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(5);
    expect(new Set(responses.map((r) => r.headers.get("location")))).toEqual(new Set([`/api/v1/runs/${bodies[0]!.runId}`]));
    expect(await db.document.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await db.run.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect((await db.document.findFirstOrThrow({ where: { tenantId: tenant.id } })).idempotencyKey).toBe(key);

    const reused = await upload(secret, key, receipt("a different file"));
    expect([reused.status, errorBodySchema.parse(await reused.json()).error.code]).toEqual([422, "idempotency_key_reused"]);
    expect(await db.document.count({ where: { tenantId: tenant.id } })).toBe(1);

    // The one run goes on to a decision that GET /runs/{id} reports.
    const run = await settled(secret, bodies[0]!.runId);
    expect(["approved", "needs_review", "waiting_for_answer", "failed"]).toContain(run.status);
  });

  it("answers the rate-limit headers on upload and refuses an upload without the upload scope", async () => {
    const { tenant } = await createTenantWithUsers();
    const reader = await tokenFor(tenant.id, ["read"]);
    const refused = await upload(reader, crypto.randomUUID(), receipt("x"));
    expect([refused.status, errorBodySchema.parse(await refused.json()).error.code]).toEqual([403, "forbidden"]);
    const uploader = await tokenFor(tenant.id, ["upload", "read"]);
    const accepted = await upload(uploader, crypto.randomUUID(), receipt(crypto.randomUUID()));
    expect(accepted.status).toBe(202);
    expect(Number(accepted.headers.get("ratelimit-limit"))).toBeGreaterThan(0);
    await settled(uploader, uploadAcceptedSchema.parse(await accepted.json()).runId);
  });
});

describe("POST /api/v1/documents retried after the first attempt's process died", () => {
  it("completes the retry once the dead holder's lease lapses, instead of answering 409 for minutes", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload", "read"]);
    const key = crypto.randomUUID();
    // What a crashed process leaves behind: its lease on the key, never renewed, and no stored response.
    await getStore().setIfAbsent(`idempotency:${tenant.id}:${key}:lock`, "crashed-holder", IDEMPOTENCY_LEASE_MS);
    const retry = await upload(secret, key, receipt(key));
    expect(retry.status).toBe(202);
    expect(await db.document.count({ where: { tenantId: tenant.id, idempotencyKey: key } })).toBe(1);
  }, 60_000);
});
