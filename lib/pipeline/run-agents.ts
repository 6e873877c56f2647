import "server-only";
import { runClassification } from "@/lib/agents/classification";
import { runExtraction } from "@/lib/agents/extraction";
import { runSummarisation } from "@/lib/agents/summarisation";
import type { Tier } from "@/lib/pipeline/agent-steps";
import { runCascade, type AgentResult, type AgentSpec } from "@/lib/pipeline/cascade";
import { classificationShortfall, extractionShortfall, summarisationShortfall } from "@/lib/pipeline/escalation";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import {
  classificationOutputSchema,
  extractionOutputSchema,
  summarisationOutputSchema,
  type ClassificationOutput,
  type ExtractedField,
  type ExtractionOutput,
  type SummarisationOutput,
} from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// The independent agents — extraction, classification, summarisation — started together. Each
// field reaches the stream as soon as it is known: live while an LLM streams it, at once when
// the local engine's answer is kept.

export interface FirstPhase {
  extraction: AgentResult<ExtractionOutput>;
  classification: AgentResult<ClassificationOutput>;
  summarisation: AgentResult<SummarisationOutput>;
}

function emitField(exec: RunExecution, field: ExtractedField, tier: Tier) {
  return exec.events.emit("field", { name: field.name, value: field.value, confidence: field.confidence, source: field.source, flags: [], tier, stage: "extracted" });
}

export function extractionSpec(exec: RunExecution, docTypeFor: () => Promise<DocTypeId>): AgentSpec<ExtractionOutput> {
  return {
    agent: "extraction",
    schema: extractionOutputSchema,
    input: { documentId: exec.document.id, chars: exec.text.length },
    // The local engine answers in one go and may be escalated: its fields are emitted once kept.
    call: (model, tier, signal) => runExtraction(model, { text: exec.text }, { abortSignal: signal, onField: tier === "llm" ? (f) => emitField(exec, f, tier) : undefined }),
    confidence: (out) => {
      const known = out.fields.filter((f) => f.value !== null);
      return known.length ? Math.round((known.reduce((s, f) => s + f.confidence, 0) / known.length) * 1000) / 1000 : 0;
    },
    decision: (out) => `${out.fields.filter((f) => f.value !== null).length} fields${(out.handOffs ?? []).map((h) => `; handed ${h.from} → ${h.to}`).join("")}`,
    shortfall: async (out) => {
      const docType = await docTypeFor();
      return extractionShortfall(out, docType, exec.settings.escalationThresholds.extraction ?? exec.settings.autoApproveThresholds[docType]);
    },
  };
}

export function emitKeptLocalFields(exec: RunExecution, result: AgentResult<ExtractionOutput>): void {
  if (result.ok && !result.reused && result.tier === "local") for (const field of result.output.fields) void emitField(exec, field, "local");
}

function classificationSpec(exec: RunExecution): AgentSpec<ClassificationOutput> {
  return {
    agent: "classification",
    schema: classificationOutputSchema,
    input: { documentId: exec.document.id, chars: exec.text.length },
    call: (model, _tier, signal) => runClassification(model, exec.text, { abortSignal: signal }),
    confidence: (out) => out.confidence,
    decision: (out) => out.docType,
    result: (out) => ({ docType: out.docType, routingTarget: out.routingTarget }),
    shortfall: (out) => classificationShortfall(out, exec.settings.escalationThresholds.classification),
  };
}

function summarisationSpec(exec: RunExecution): AgentSpec<SummarisationOutput> {
  return {
    agent: "summarisation",
    schema: summarisationOutputSchema,
    input: { documentId: exec.document.id, chars: exec.text.length },
    call: (model, _tier, signal) => runSummarisation(model, exec.text, { abortSignal: signal }),
    confidence: (out) => out.confidence,
    decision: () => "summarised",
    result: (out) => ({ summary: out.summary }),
    shortfall: (out) => summarisationShortfall(out, exec.settings.escalationThresholds.summarisation),
  };
}

export async function runFirstPhase(exec: RunExecution): Promise<FirstPhase> {
  // Extraction's escalation depends on the document type, known from classification's first answer.
  let firstDocType!: (docType: DocTypeId) => void;
  const docType = new Promise<DocTypeId>((resolve) => (firstDocType = resolve));
  const extraction = () => runCascade(exec, extractionSpec(exec, () => docType)).then((r) => (emitKeptLocalFields(exec, r), r));
  const classification = () => runCascade(exec, classificationSpec(exec), { onFirstAnswer: (out) => firstDocType(out?.docType ?? "receipt") });
  const summarisation = () => runCascade(exec, summarisationSpec(exec));

  if (exec.sequential) {
    const c = await classification();
    const e = await extraction();
    const s = await summarisation();
    return { extraction: e, classification: c, summarisation: s };
  }
  const [e, c, s] = await Promise.all([extraction(), classification(), summarisation()]);
  return { extraction: e, classification: c, summarisation: s };
}
