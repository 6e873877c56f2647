import { Output, streamText, type LanguageModel, type OutputInterface } from "ai";
import { formatCents, parseAmountCents } from "@/lib/local-engine/amounts";
import { parseDateToIso } from "@/lib/local-engine/dates";
import { LANGUAGE_GUIDE } from "@/lib/agents/document-language-guide";
import { CALL_OPTIONS, documentMessages } from "@/lib/agents/prompt-frame";
import { extractedFieldSchema, extractionOutputSchema, type ExtractedField, type ExtractionOutput } from "@/lib/schemas/agent-outputs";
import { anyTypeScalarFields, documentTypes, docTypeIdSchema, scalarFields, type DocTypeId } from "@/lib/schemas/document-types";

// The extraction agent: the fields of a document type, each with value, confidence and the span
// it came from. It streams, and hands each field to `onField` as soon as the model has finished
// writing it, so the run's stream can show fields long before the whole answer is in.

export interface ExtractionInput {
  text: string;
  /** Unknown while classification runs in parallel: then the model names the type and extracts its fields. */
  docTypeHint?: DocTypeId;
}

const AMOUNT_FIELDS = new Set(["total", "subtotal", "tax"]);
const DATE_FIELDS = new Set(["date", "due_date"]);

// Built once: Output.object converts the zod schema to JSON Schema when it is made.
const OUTPUT = Output.object({ schema: extractionOutputSchema, name: "extraction" });

function fieldList(docType: DocTypeId): string {
  const def = documentTypes[docType];
  return scalarFields(docType)
    .map((name) => `- ${name}: ${def.fieldLabels[name as never]}`)
    .join("\n");
}

function systemPrompt(hint: DocTypeId | undefined): string {
  const types = hint ? [hint] : docTypeIdSchema.options.filter((t) => t !== "generic");
  return [
    hint
      ? `You extract fields from a business document of type ${hint} (${documentTypes[hint].description}).`
      : `You extract fields from a business document. First decide its type (docType): ${docTypeIdSchema.options.map((t) => `${t} (${documentTypes[t].description})`).join("; ")}. Then extract that type's fields, using exactly its field names.`,
    ...types.map((t) => `Fields of ${t === "invoice" ? "an" : "a"} ${t}:\n${fieldList(t)}\n- line_items: the purchased lines (description, quantity, unitPrice, amount), when printed.`),
    LANGUAGE_GUIDE,
    "For every field give the value exactly as the document supports it, normalised: dates as YYYY-MM-DD, amounts as plain decimals like 1234.50 without currency, currency as an ISO 4217 code, IBAN without spaces, tax_rate as a percent number like 19.",
    "Give the source span where the value is printed, and a confidence between 0 and 1 that the value is right.",
    "If a field is not in the document, return it with value null, confidence 0 and source null. Never guess a value that is not printed.",
  ].join("\n");
}

/**
 * Output.object, with its partial parse run only when the text that arrived since the last call
 * has a brace (an element may have begun or ended). The SDK otherwise re-parses the whole answer
 * on every token, building a JSONParseError for each prefix that is not yet JSON: most of the CPU
 * a streamed extraction costs. A field is known complete once the next one opens, so nothing
 * reaches clients later. One wrapper per call: it remembers how far it has looked.
 */
export function parsedAtBraces<OUTPUT, PARTIAL>(output: OutputInterface<OUTPUT, PARTIAL, never>): OutputInterface<OUTPUT, PARTIAL, never> {
  let seen = 0;
  return {
    ...output,
    parsePartialOutput: async (options) => {
      const fresh = options.text.slice(seen);
      seen = options.text.length;
      return fresh.includes("{") || fresh.includes("}") ? output.parsePartialOutput(options) : undefined;
    },
  };
}

/** Values in the registry's formats; fields the type does not know are dropped, spans clamped to the text. */
export function normaliseField(field: ExtractedField, allowed: ReadonlySet<string>, textLength: number): ExtractedField | null {
  if (!allowed.has(field.name)) return null;
  let value = field.value?.trim() || null;
  if (value !== null && AMOUNT_FIELDS.has(field.name)) {
    const cents = parseAmountCents(value);
    value = cents === null ? value : formatCents(cents);
  }
  if (value !== null && DATE_FIELDS.has(field.name) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) value = parseDateToIso(value) ?? value;
  if (value !== null && field.name === "currency") value = value.toUpperCase();
  if (value !== null && (field.name === "iban" || field.name === "bic")) value = value.replace(/\s+/g, "").toUpperCase();
  const source = field.source && field.source.start < textLength ? { start: field.source.start, end: Math.min(field.source.end, textLength) } : null;
  return { ...field, value, source, confidence: value === null ? 0 : field.confidence };
}

export async function runExtraction(
  model: LanguageModel,
  input: ExtractionInput,
  /** `onField` may return a promise: the stream waits for it, so a field is out before the rest of a burst is parsed. */
  options: { abortSignal?: AbortSignal; onField?: (field: ExtractedField) => unknown } = {},
): Promise<ExtractionOutput> {
  const allowed = new Set<string>(input.docTypeHint ? scalarFields(input.docTypeHint) : anyTypeScalarFields());
  const emitted = new Set<string>();
  let streamError: unknown;
  const emit = async (raw: { name?: string } | undefined) => {
    if (raw?.name === undefined || emitted.has(raw.name)) return;
    const parsed = extractedFieldSchema.safeParse(raw);
    if (!parsed.success || emitted.has(parsed.data.name)) return;
    const field = normaliseField(parsed.data, allowed, input.text.length);
    if (!field) return;
    emitted.add(field.name);
    await options.onField?.(field);
  };

  const result = streamText({
    model,
    ...documentMessages(systemPrompt(input.docTypeHint), input.text),
    output: parsedAtBraces(OUTPUT),
    abortSignal: options.abortSignal,
    onError: ({ error }) => void (streamError ??= error),
    ...CALL_OPTIONS,
    // The local engine reads the hint here (see lib/local-engine/local-engine-provider.ts); LLMs read the system prompt.
    providerOptions: { ...CALL_OPTIONS.providerOptions, ...(input.docTypeHint ? { sieve: { docType: input.docTypeHint } } : {}) },
  });
  for await (const partial of result.partialOutputStream) {
    // Every element but the last is complete: the model has moved on to the next one.
    const fields = partial.fields ?? [];
    for (const field of fields.slice(0, -1)) await emit(field);
  }
  if (streamError) throw streamError;
  const output = await result.output;
  for (const field of output.fields) await emit(field);

  const fields = new Map<string, ExtractedField>();
  for (const raw of output.fields) {
    const field = normaliseField(raw, allowed, input.text.length);
    if (field && !fields.has(field.name)) fields.set(field.name, field);
  }
  return {
    docType: input.docTypeHint ?? output.docType,
    fields: [...fields.values()],
    lineItems: output.lineItems ?? [],
    ...(output.handOffs?.length ? { handOffs: output.handOffs } : {}),
  };
}
