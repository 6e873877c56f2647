import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { FILE_PART_TOKENS, limitsFor, periodLabel, periodStart, resolveRunCap, worstCaseInputTokens } from "@/lib/gateway/budget-math";

describe("worst-case input estimate", () => {
  const prompt = [
    { role: "system" as const, content: "You extract fields." },
    { role: "user" as const, content: [{ type: "text" as const, text: "Invoice № 42 — total €1.234,00" }] },
  ];

  it("bounds tokens by UTF-8 bytes plus per-message overhead", () => {
    const bytes = Buffer.byteLength("You extract fields.") + Buffer.byteLength("Invoice № 42 — total €1.234,00");
    expect(worstCaseInputTokens({ prompt })).toBe(16 + 2 * 8 + bytes);
  });

  it("counts the output schema and tools, which the provider bills as input", () => {
    const schema = { type: "object" as const, properties: { total: { type: "number" as const } } };
    const withSchema = worstCaseInputTokens({ prompt, responseFormat: { type: "json", schema } });
    expect(withSchema - worstCaseInputTokens({ prompt })).toBe(Buffer.byteLength(JSON.stringify(schema)));
  });

  it("charges a generous bound for an attached file, not its byte size", () => {
    const withFile = [{ role: "user" as const, content: [{ type: "file" as const, data: { type: "data" as const, data: new Uint8Array(1_000_000) }, mediaType: "image/png" }] }];
    expect(worstCaseInputTokens({ prompt: withFile })).toBe(16 + 8 + FILE_PART_TOKENS);
  });

  it("counts an inline text file by its bytes", () => {
    const text = "line one\nline two";
    const withText = [{ role: "user" as const, content: [{ type: "file" as const, data: { type: "text" as const, text }, mediaType: "text/plain" }] }];
    expect(worstCaseInputTokens({ prompt: withText })).toBe(16 + 8 + Buffer.byteLength(text));
  });
});

describe("which budgets a call draws on", () => {
  const now = new Date("2026-11-25T23:30:00Z");
  const budgets = [
    { scope: "token" as const, scopeId: "tok1", period: "day" as const, limitMicros: 5_000_000n },
    { scope: "token" as const, scopeId: "other", period: "day" as const, limitMicros: 1n },
    { scope: "tenant" as const, scopeId: "ten1", period: "month" as const, limitMicros: 90_000_000n },
    { scope: "global" as const, scopeId: "", period: "day" as const, limitMicros: 100_000_000n },
    { scope: "tenant" as const, scopeId: "ten1", period: "run" as const, limitMicros: 7n },
  ];

  it("takes the run cap and the day/month budgets of its token, tenant and the installation", () => {
    const limits = limitsFor({ runId: "run1", runCapMicros: 200_000, apiTokenId: "tok1", tenantId: "ten1" }, budgets, now);
    expect(limits.map((l) => [l.key, l.limitMicros])).toEqual([
      ["gw:budget:run:run1", 200_000],
      ["gw:budget:token:tok1:2026-11-25", 5_000_000],
      ["gw:budget:tenant:ten1:2026-11", 90_000_000],
      ["gw:budget:global::2026-11-25", 100_000_000],
    ]);
  });

  it("keeps a day counter until the day is over plus a day", () => {
    const [day] = limitsFor({ apiTokenId: "tok1" }, budgets, now);
    expect(day!.ttlMs).toBe(30 * 60_000 + 86_400_000);
  });

  it("needs a cap to guard a run", () => {
    expect(limitsFor({ runId: "run1" }, [], now)).toEqual([]);
  });

  it("labels periods in UTC", () => {
    expect(periodLabel("day", new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
    expect(periodStart("month", new Date("2026-12-31T23:59:59Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("run cap", () => {
  const config = { defaultMicros: 250_000, maxMicros: 1_000_000 };

  it("defaults from config and accepts a request within the admin maximum", () => {
    expect(resolveRunCap(undefined, config)).toBe(250_000);
    expect(resolveRunCap(900_000, config)).toBe(900_000);
  });

  it("refuses a request above the maximum or not a whole amount", () => {
    expect(() => resolveRunCap(1_000_001, config)).toThrow(AppError);
    expect(() => resolveRunCap(1.5, config)).toThrow(/whole/);
  });
});
