import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorize } from "@/lib/http/authorize";
import { AppError } from "@/lib/core/errors";
import { idempotent } from "@/lib/http/idempotency";
import { route } from "@/lib/http/respond";
import { errorBodySchema } from "@/lib/core/contract";
import { db } from "@/lib/db";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// The mechanism on a stand-in upload handler that stores a document the slow way (so retries
// really overlap). tests/integration/api/upload-idempotency.test.ts drives the real upload route.

let handlerRuns = 0;
const standInUpload = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "upload", bucket: "upload" });
  return idempotent(request, context, principal, async (request) => {
    handlerRuns++;
    const file = (await request.formData()).get("file") as File;
    if (file.type === "application/x-msdownload") throw new AppError("unsupported_media_type", "Executables are not documents");
    if (file.name === "explode.txt") throw new Error("storage went away");
    const bytes = Buffer.from(await file.arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 150));
    const document = await db.document.create({
      data: {
        tenantId: principal.tenantId,
        filename: file.name,
        mime: file.type,
        size: bytes.length,
        sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
        bytes,
        idempotencyKey: request.headers.get("idempotency-key"),
      },
    });
    return Response.json({ documentId: document.id }, { status: 201 });
  });
});

// A fresh FormData per attempt: each gets its own multipart boundary, as a real retry would.
function upload(secret: string, key: string | undefined, content: string, options: { name?: string; type?: string } = {}) {
  const form = new FormData();
  form.set("file", new File([content], options.name ?? "receipt.txt", { type: options.type ?? "text/plain" }));
  return standInUpload(
    new Request("http://sieve.test/api/v1/documents", {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, ...(key ? { "idempotency-key": key } : {}) },
      body: form,
    }),
    { params: Promise.resolve({}) },
  );
}

describe("Idempotency-Key on upload", () => {
  it("creates exactly one document when the same upload is retried concurrently, and replays its response", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload"]);
    const key = crypto.randomUUID();
    const content = `Receipt ${key} total 9.99`;
    handlerRuns = 0;
    const responses = await Promise.all(Array.from({ length: 8 }, () => upload(secret, key, content)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(bodies.map((b) => b.documentId)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(7);
    expect(handlerRuns).toBe(1);
    expect(await db.document.count({ where: { tenantId: tenant.id } })).toBe(1);

    const later = await upload(secret, key, content);
    expect([later.status, (await later.json()).documentId, later.headers.get("idempotent-replayed")]).toEqual([201, bodies[0].documentId, "true"]);
  });

  it("refuses the same key with a different file with 422 idempotency_key_reused", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload"]);
    const key = crypto.randomUUID();
    expect((await upload(secret, key, "Receipt A")).status).toBe(201);
    const reused = await upload(secret, key, "Receipt B");
    expect(reused.status).toBe(422);
    expect(errorBodySchema.parse(await reused.json()).error.code).toBe("idempotency_key_reused");
    expect(await db.document.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("scopes keys to the tenant: the same key elsewhere is a different request", async () => {
    const [one, two] = [await createTenantWithUsers("one"), await createTenantWithUsers("two")];
    const key = crypto.randomUUID();
    const first = await (await upload(await tokenFor(one.tenant.id, ["upload"]), key, "Same bytes")).json();
    const second = await (await upload(await tokenFor(two.tenant.id, ["upload"]), key, "Same bytes")).json();
    expect(first.documentId).not.toBe(second.documentId);
  });

  it("replays a client error but lets a server failure be retried", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload"]);
    const refusedKey = crypto.randomUUID();
    handlerRuns = 0;
    const refused = [await upload(secret, refusedKey, "MZ", { type: "application/x-msdownload" }), await upload(secret, refusedKey, "MZ", { type: "application/x-msdownload" })];
    expect(refused.map((r) => [r.status, r.headers.get("idempotent-replayed")])).toEqual([
      [415, null],
      [415, "true"],
    ]);
    expect(handlerRuns).toBe(1);

    const failingKey = crypto.randomUUID();
    const failed = [await upload(secret, failingKey, "x", { name: "explode.txt" }), await upload(secret, failingKey, "x", { name: "explode.txt" })];
    expect(failed.map((r) => r.status)).toEqual([500, 500]);
    expect(handlerRuns).toBe(3);
  });

  it("refuses a malformed key with 400 and runs without one", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload"]);
    const bad = await upload(secret, "has spaces in it", "x");
    expect([bad.status, errorBodySchema.parse(await bad.json()).error.code]).toEqual([400, "invalid_request"]);
    expect((await upload(secret, undefined, "no key at all")).status).toBe(201);
  });
});
