import { describe, expect, it } from "vitest";
import { isReplayable, readIdempotencyKey, requestFingerprint } from "@/lib/http/idempotency";

const withKey = (key?: string) => new Request("http://x/api/v1/documents", { method: "POST", headers: key === undefined ? {} : { "idempotency-key": key } });

async function multipart(boundary: string, content: string, filename = "a.txt") {
  const body = [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${filename}"`, "Content-Type: text/plain", "", content, `--${boundary}--`, ""].join("\r\n");
  const request = new Request("http://x/api/v1/documents", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body });
  return requestFingerprint(request, new TextEncoder().encode(body));
}

describe("Idempotency-Key", () => {
  it("accepts a plain or quoted key and treats a missing one as absent", () => {
    expect(readIdempotencyKey(withKey("4f1c-retry-1"))).toBe("4f1c-retry-1");
    expect(readIdempotencyKey(withKey('"4f1c-retry-1"'))).toBe("4f1c-retry-1");
    expect(readIdempotencyKey(withKey())).toBeNull();
  });

  it("refuses keys with spaces or over 255 characters", () => {
    expect(() => readIdempotencyKey(withKey("two words"))).toThrow(/visible ASCII/);
    expect(() => readIdempotencyKey(withKey("k".repeat(256)))).toThrow();
  });

  it("fingerprints multipart uploads by their parts, so a retry with a new boundary is the same request", async () => {
    expect(await multipart("boundaryA", "Total 120.00")).toBe(await multipart("boundaryB", "Total 120.00"));
    expect(await multipart("boundaryA", "Total 120.00")).not.toBe(await multipart("boundaryA", "Total 102.00"));
    expect(await multipart("boundaryA", "Total 120.00")).not.toBe(await multipart("boundaryA", "Total 120.00", "b.txt"));
  });

  it("replays successes and deterministic client errors, never transient failures", () => {
    expect([200, 201, 400, 413, 415, 422].every(isReplayable)).toBe(true);
    expect([401, 402, 403, 409, 429, 500, 503].some(isReplayable)).toBe(false);
  });
});
