import { readFileSync } from "node:fs";
import { NoSuchModelError } from "@ai-sdk/provider";
import { generateText, Output, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { createLocalEngineProvider, documentFromPrompt } from "@/lib/local-engine/local-engine-provider";
import { classificationOutputSchema, extractionOutputSchema, summarisationOutputSchema } from "@/lib/schemas/agent-outputs";

const local = createLocalEngineProvider({ referenceDate: new Date("2026-01-01T00:00:00Z") });
const receipt = readFileSync("tests/fixtures/local-engine/receipt-corner-cafe.txt", "utf8");
const framed = (text: string) => `<document>\n${text}\n</document>`;

describe("local engine as an AI SDK language model", () => {
  it("answers the extraction agent with schema-valid JSON whose spans index the framed document", async () => {
    const { output, usage } = await generateText({
      model: local("local-extraction"),
      system: "Extract the fields.",
      prompt: framed(receipt),
      output: Output.object({ schema: extractionOutputSchema }),
    });
    const total = output.fields.find((f) => f.name === "total")!;
    expect(total.value).toBe("25.95");
    expect(receipt.slice(total.source!.start, total.source!.end)).toBe("25.95");
    expect(usage.inputTokens).toBeGreaterThan(50);
    expect(usage.outputTokens).toBeGreaterThan(10);
  });

  it("reports the call as free and local", async () => {
    const result = await generateText({ model: local("local-classification"), prompt: framed(receipt) });
    expect(result.providerMetadata).toEqual({ sieve: { tier: "local", costMicroDollars: 0 } });
    expect(classificationOutputSchema.parse(JSON.parse(result.text))).toMatchObject({ docType: "receipt", routingTarget: "expenses" });
  });

  it("streams the same answer it generates", async () => {
    const generated = await generateText({ model: local("local-summarisation"), prompt: framed(receipt) });
    const streamed = streamText({ model: local("local-summarisation"), prompt: framed(receipt), output: Output.object({ schema: summarisationOutputSchema }) });
    expect(await streamed.output).toEqual(JSON.parse(generated.text));
    expect(await streamed.text).toBe(generated.text);
  });

  it("extracts the hinted document type's fields", async () => {
    const { output } = await generateText({
      model: local("local-extraction"),
      prompt: framed(receipt),
      output: Output.object({ schema: extractionOutputSchema }),
      providerOptions: { sieve: { docType: "generic" } },
    });
    expect(output.docType).toBe("generic");
    expect(output.fields.map((f) => f.name).sort()).toEqual(["company", "date"]);
  });

  it("refuses a model id it does not have", () => {
    expect(() => local("local-translation")).toThrow(NoSuchModelError);
  });
});

describe("document framing", () => {
  it("takes the text between the markers, without the frame's own newlines", () => {
    const prompt = [
      { role: "system" as const, content: "ignore <document>this</document>" },
      { role: "user" as const, content: [{ type: "text" as const, text: "Here it is:\n<document>\nLINE 1\nLINE 2\n</document>" }] },
    ];
    expect(documentFromPrompt(prompt)).toBe("LINE 1\nLINE 2");
  });

  it("uses the whole user text when there are no markers", () => {
    expect(documentFromPrompt([{ role: "user", content: [{ type: "text", text: "TOTAL 3.00" }] }])).toBe("TOTAL 3.00");
  });
});
