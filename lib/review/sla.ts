// How an item stands against its review deadline. Pure, so the queue's ticking timers and the
// server agree on the thresholds.

export type SlaState = "none" | "ok" | "due_soon" | "breached";

/** Due within this long counts as "due soon" (amber in the console). */
export const DUE_SOON_MS = 30 * 60_000;

export function slaState(slaDueAt: Date | string | null, now: Date): { state: SlaState; remainingMs: number | null } {
  if (slaDueAt === null) return { state: "none", remainingMs: null };
  const remainingMs = new Date(slaDueAt).getTime() - now.getTime();
  const state = remainingMs < 0 ? "breached" : remainingMs <= DUE_SOON_MS ? "due_soon" : "ok";
  return { state, remainingMs };
}

/** A compact duration for a table cell: "45s", "12m", "3h 05m", "2d 4h". Negative reads as overdue. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const s = Math.floor(Math.abs(ms) / 1000);
  if (s < 60) return `${sign}${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${sign}${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${sign}${h}h ${String(m % 60).padStart(2, "0")}m`;
  return `${sign}${Math.floor(h / 24)}d ${h % 24}h`;
}
