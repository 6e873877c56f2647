import type { SpendReport } from "@/lib/spend/spend-contract";
import { compact, count, percent, usd } from "@/components/ui/format";

// Headline figures for the selected range.

export function SpendSummary({ report }: { report: SpendReport }) {
  const { totals, runs } = report;
  const cards = [
    { label: "Model spend", value: usd(totals.costMicros), note: `${count(totals.calls)} call attempts` },
    { label: "Cost per run", value: usd(runs.meanMicros), note: `p50 ${usd(runs.p50Micros)} · p95 ${usd(runs.p95Micros)} · ${count(runs.runs)} runs` },
    { label: "Per approved document", value: usd(runs.perApprovedMicros), note: `${count(runs.approved)} approved` },
    { label: "Cache hit rate", value: percent(totals.cacheHitRate), note: `saved ${usd(totals.cacheSavedMicros)} · ${count(totals.cacheHits)} hits` },
    { label: "Tokens in / out", value: `${compact(totals.inputTokens)} / ${compact(totals.outputTokens)}`, note: "across all calls" },
    { label: "Retries", value: count(totals.retries), note: `cost ${usd(totals.retryCostMicros)} · ${count(totals.errors)} failed attempts` },
  ];
  return (
    <div className="cards" data-testid="spend-summary">
      {cards.map((c) => (
        <div key={c.label} className="card">
          <div className="label">{c.label}</div>
          <div className="value">{c.value}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {c.note}
          </div>
        </div>
      ))}
    </div>
  );
}
