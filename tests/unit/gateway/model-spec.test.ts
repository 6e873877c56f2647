import { describe, expect, it } from "vitest";
import { parseModelSpec } from "@/lib/gateway/model-spec";

describe("model specs", () => {
  it("maps plain local to the agent's local engine model", () => {
    expect(parseModelSpec("local", "extraction")).toEqual({ provider: "local", modelId: "local-extraction" });
  });

  it("reads provider and model id", () => {
    expect(parseModelSpec("openai:gpt-4.1-mini", "validation")).toEqual({ provider: "openai", modelId: "gpt-4.1-mini" });
    expect(parseModelSpec("local:local-classification", "extraction")).toEqual({ provider: "local", modelId: "local-classification" });
  });

  it("rejects anything else", () => {
    expect(() => parseModelSpec("anthropic:claude", "extraction")).toThrow(/Unknown model spec/);
    expect(() => parseModelSpec("openai:", "extraction")).toThrow();
  });
});
