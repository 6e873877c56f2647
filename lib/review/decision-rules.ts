import type { RunStatus } from "@/lib/generated/prisma/enums";
import type { DecisionBody } from "@/lib/review/review-contract";

// When a reviewer's approve or reject may end a run; pure so the console and tests share it.

/** Run states a human decision may end; an audit sample re-checks a run that was already approved. */
export const decidableRunStates: RunStatus[] = ["needs_review", "waiting_for_answer", "approved"];

export function decisionBlocker(decision: DecisionBody["decision"], runStatus: RunStatus, openQuestions: number): string | null {
  if (decision === "approve" && (runStatus === "waiting_for_answer" || openQuestions > 0)) {
    return "The pipeline is waiting for an answer to its question; answer it (or reject the document) before approving";
  }
  if (runStatus === "queued" || runStatus === "running") return "The pipeline is still working on this document; decide once it has finished";
  if (!decidableRunStates.includes(runStatus)) return `The run is ${runStatus.replace(/_/g, " ")}; it can no longer be approved or rejected here`;
  return null;
}
