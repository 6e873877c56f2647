import { describe, expect, it } from "vitest";
import { documentPageSchema } from "@/lib/documents/document-contract";
import { errorBodySchema } from "@/lib/core/contract";
import { call } from "../../support/api-dispatch";
import { createDocumentWithRun, tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

describe("listing documents with cursor pagination", () => {
  it("walks every document once, newest first, even when several share a timestamp", async () => {
    const { tenant } = await createTenantWithUsers();
    const token = await tokenFor(tenant.id, ["read"]);
    const sameMoment = new Date("2026-03-01T09:00:00.000Z");
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await createDocumentWithRun(tenant.id, { createdAt: i < 3 ? sameMoment : new Date(Date.UTC(2026, 2, 2, i)) })).document);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(`/api/v1/documents?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { bearer: token });
      const body = documentPageSchema.parse(await response.json());
      seen.push(...body.data.map((d) => d.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen.slice(0, 2)).toEqual([created[4]!.id, created[3]!.id]);
    expect(seen.sort()).toEqual(created.map((d) => d.id).sort());
  });

  it("filters by status and includes each document's latest run", async () => {
    const { tenant } = await createTenantWithUsers();
    const token = await tokenFor(tenant.id, ["read"]);
    const approved = await createDocumentWithRun(tenant.id, { status: "approved", runStatus: "approved" });
    await createDocumentWithRun(tenant.id, { status: "needs_review" });
    const body = documentPageSchema.parse(await (await call("/api/v1/documents?status=approved", { bearer: token })).json());
    expect(body.data.map((d) => [d.id, d.latestRun?.id, d.latestRun?.status])).toEqual([[approved.document.id, approved.run.id, "approved"]]);
  });

  it("answers 400 with the error shape for a bad cursor, limit or status", async () => {
    const { tenant } = await createTenantWithUsers();
    const token = await tokenFor(tenant.id, ["read"]);
    for (const query of ["cursor=not-a-cursor", "limit=0", "limit=1000", "status=lost"]) {
      const response = await call(`/api/v1/documents?${query}`, { bearer: token });
      expect([query, response.status, errorBodySchema.parse(await response.json()).error.code]).toEqual([query, 400, "invalid_request"]);
    }
  });
});
