// Which queued run a worker takes first (BullMQ: lower numbers first). A run resumed by an answer
// goes ahead of every new document, since someone is waiting on it; new documents go by size, so
// a phone photo of a receipt is not stuck behind a fifty-page contract.

const ANSWERED = 1;
const PER_STEP_BYTES = 64 * 1024;
/** BullMQ's largest priority. */
const LOWEST = 2_097_151;

export function runPriority(run: { resumed: boolean; bytes: number; pages: number | null }): number {
  if (run.resumed) return ANSWERED;
  const weight = Math.max(Math.ceil(run.bytes / PER_STEP_BYTES), run.pages ?? 1);
  return Math.min(LOWEST, ANSWERED + weight);
}
