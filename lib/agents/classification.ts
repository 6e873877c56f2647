import { generateText, Output, type LanguageModel } from "ai";
import { CLASSIFICATION_GUIDE, LANGUAGE_GUIDE } from "@/lib/agents/document-language-guide";
import { CALL_OPTIONS, documentMessages } from "@/lib/agents/prompt-frame";
import { classificationOutputSchema, type ClassificationOutput } from "@/lib/schemas/agent-outputs";
import { documentTypes, docTypeIdSchema } from "@/lib/schemas/document-types";

// The classification agent: which registry type the document is, and where it goes. The
// routing target follows from the type (the registry decides, not the model).

const SYSTEM = [
  "You classify a business document into exactly one of these types:",
  ...docTypeIdSchema.options.map((id) => `- ${id}: ${documentTypes[id].description}`),
  CLASSIFICATION_GUIDE,
  LANGUAGE_GUIDE,
  "Give the type, a confidence between 0 and 1, the routing target, and a one-sentence rationale.",
].join("\n");

// Built once: Output.object converts the zod schema to JSON Schema when it is made.
const OUTPUT = Output.object({ schema: classificationOutputSchema, name: "classification" });

export async function runClassification(model: LanguageModel, text: string, options: { abortSignal?: AbortSignal } = {}): Promise<ClassificationOutput> {
  const { output } = await generateText({
    model,
    ...documentMessages(SYSTEM, text),
    output: OUTPUT,
    abortSignal: options.abortSignal,
    ...CALL_OPTIONS,
  });
  return { ...output, routingTarget: documentTypes[output.docType].routingTarget };
}
