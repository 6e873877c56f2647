import { generateText, Output, type LanguageModel } from "ai";
import { CALL_OPTIONS, documentMessages } from "@/lib/agents/prompt-frame";
import { summarisationOutputSchema, type SummarisationOutput } from "@/lib/schemas/agent-outputs";

// The summarisation agent: a short summary for the reviewer and the uploader, with the passages
// it rests on.

const SYSTEM = [
  "You summarise a business document in at most three sentences for an accounts clerk: who issued it, what it is for, the amount and date.",
  "State only what the document says. Give the spans of the passages the summary rests on, and a confidence between 0 and 1.",
].join("\n");

// Built once: Output.object converts the zod schema to JSON Schema when it is made.
const OUTPUT = Output.object({ schema: summarisationOutputSchema, name: "summary" });

export async function runSummarisation(model: LanguageModel, text: string, options: { abortSignal?: AbortSignal } = {}): Promise<SummarisationOutput> {
  const { output } = await generateText({
    model,
    ...documentMessages(SYSTEM, text),
    output: OUTPUT,
    abortSignal: options.abortSignal,
    ...CALL_OPTIONS,
  });
  const keySpans = output.keySpans.filter((s) => s.end <= text.length);
  return { ...output, keySpans };
}
