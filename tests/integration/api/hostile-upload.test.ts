import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { env } from "@/lib/env";
import { BASE_URL, dispatch } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { chunkedUpload } from "../../support/chunked-upload";
import { createTenantWithUsers } from "../../support/factories";

// Uploads sized to hurt: the cap must hold however the body is framed.

const CHUNK = 64 * 1024;

describe("POST /api/v1/documents with a hostile body", () => {
  it("refuses a chunked upload past the cap with 413 after reading no more than the cap", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["upload", "read"]);
    const cap = env().SIEVE_UPLOAD_MAX_BYTES;
    const upload = chunkedUpload(cap * 4, CHUNK);
    const response = await dispatch(
      new Request(`${BASE_URL}/api/v1/documents`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": upload.contentType },
        body: upload.body,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe("payload_too_large");
    expect(upload.pulled()).toBeLessThanOrEqual(cap + 64 * 1024 + 2 * CHUNK);
  });
});
