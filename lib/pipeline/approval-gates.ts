import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// The conditions an auto-approval must meet beyond the fields' joint confidence, each a pure
// check returning why it fails (null: it holds). Routing turns each failure into a review reason.
// - the type: known with high confidence, and "other document" only when nothing financial is
//   printed (a misread invoice filed as generic has no required fields to fail on);
// - the evidence: every required field read from a place in the document;
// - the budget: a run that could not afford the model call it needed is not finished.

export interface TypeEvidence {
  docType: DocTypeId;
  /** Calibrated probability of the type; null when classification failed. */
  confidence: number | null;
  /** Amounts, invoice numbers or invoice/receipt vocabulary seen in the text (financialEvidence). */
  financialEvidence: string[];
  /** Specialists that handed the document back ("receipt → invoice: …"). */
  handOffs: string[];
}

export function typeDoubt(type: TypeEvidence, threshold: number): string | null {
  if (type.docType === "generic" && type.financialEvidence.length > 0) {
    return `Filed as another kind of document, but it prints ${type.financialEvidence.slice(0, 3).join(", ")}`;
  }
  if (type.confidence === null) return null;
  if (type.confidence < threshold) return `Document type ${type.docType} is uncertain (${type.confidence.toFixed(2)})`;
  if (type.handOffs.length > 0) return `Document type was in doubt: ${type.handOffs.join("; ")}`;
  return null;
}

/** Required fields with a value but no place in the document it was read from. */
export function fieldsWithoutEvidence(fields: ExtractedField[], required: readonly string[]): string[] {
  return required.filter((name) => {
    const field = fields.find((f) => f.name === name);
    return field !== undefined && field.value !== null && field.source === null;
  });
}

export interface BudgetState {
  /** The model call the run needed and could not pay for ("extraction escalation"). */
  refusedCall: string;
  spentMicros: number;
  capMicros: number;
  /** Which budget refused (the run's cap unless a token, tenant or global budget ran out first). */
  scope?: "run" | "token" | "tenant" | "global";
}

const BUDGET_NAMES = { run: "The run's budget", token: "The API token's budget", tenant: "The tenant's budget", global: "The installation's budget" } as const;

export function budgetExhaustedDetail(budget: BudgetState): string {
  return `${BUDGET_NAMES[budget.scope ?? "run"]} cannot pay for the run's next model call (${budget.refusedCall}): spent ${budget.spentMicros} of ${budget.capMicros} micro-dollars; the answers found so far are kept`;
}

/** The budget refusal inside a failed model call (the gateway's `budget_exceeded`), if that is why it failed. */
export function budgetRefusal(error: unknown, refusedCall: string): BudgetState | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, details } = e as { code?: unknown; details?: Record<string, unknown> };
    if (code !== "budget_exceeded" || !details) continue;
    const scope = ["run", "token", "tenant", "global"].includes(details.scope as string) ? (details.scope as BudgetState["scope"]) : "run";
    return { refusedCall, spentMicros: Number(details.usedMicros ?? 0), capMicros: Number(details.limitMicros ?? 0), scope };
  }
  return null;
}
