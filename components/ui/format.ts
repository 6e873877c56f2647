// Display helpers shared by the spend, budgets and trace screens. Money arrives as integer
// micro-dollars and is shown in USD; small amounts keep enough digits to be non-zero.

export function usd(micros: number | null | undefined): string {
  if (micros === null || micros === undefined) return "—";
  const dollars = micros / 1_000_000;
  const abs = Math.abs(dollars);
  const digits = abs === 0 || abs >= 1 ? 2 : abs < 0.01 ? 6 : 4;
  return `$${dollars.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: digits })}`;
}

export const count = (n: number) => n.toLocaleString("en-US");

export function compact(n: number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

export const percent = (ratio: number | null | undefined, digits = 1) =>
  ratio === null || ratio === undefined || !Number.isFinite(ratio) ? "—" : `${(ratio * 100).toFixed(digits)}%`;

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** "Mar 1, 14:00" for hour buckets, "Mar 1" for days; always UTC. */
export function bucketLabel(iso: string, granularity: "hour" | "day"): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  return granularity === "hour" ? `${day}, ${iso.slice(11, 16)}` : day;
}
