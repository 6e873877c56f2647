"use client";
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SpendReport } from "@/lib/spend/spend-contract";
import { bucketLabel, compact, count, percent, usd } from "@/components/ui/format";
import styles from "@/components/spend/spend.module.css";

// The four charts of the spend page. Money is plotted in micro-dollars and labelled in USD.

const PALETTE = ["#2456d8", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#dc2626", "#4b5563", "#db2777", "#a3a3a3"];
const HEIGHT = 260;

function ChartPanel({ title, children, testId }: { title: string; children: React.ReactElement; testId: string }) {
  return (
    <section className={`panel ${styles.chart}`} data-testid={testId} aria-label={title}>
      <h2>{title}</h2>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {children}
      </ResponsiveContainer>
    </section>
  );
}

const axisUsd = (v: number) => usd(v).replace(/(\.\d{2})\d+$/, "$1");

export function CostOverTime({ report, byLabel }: { report: SpendReport; byLabel: string }) {
  const { keys, points } = report.breakdownSeries;
  const data = points.map((p) => ({ label: bucketLabel(p.at, report.range.granularity), values: p.values }));
  return (
    <ChartPanel title={`Cost over time by ${byLabel.toLowerCase()}`} testId="chart-cost">
      <BarChart data={data} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis tickFormatter={axisUsd} tick={{ fontSize: 11 }} width={70} />
        <Tooltip formatter={(v) => usd(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {keys.map((key, i) => (
          <Bar key={key} name={key} dataKey={(d: { values: number[] }) => d.values[i]} stackId="cost" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartPanel>
  );
}

export function TokensChart({ report }: { report: SpendReport }) {
  const data = report.series.map((s) => ({ label: bucketLabel(s.at, report.range.granularity), input: s.inputTokens, output: s.outputTokens }));
  return (
    <ChartPanel title="Tokens in and out" testId="chart-tokens">
      <BarChart data={data} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis tickFormatter={compact} tick={{ fontSize: 11 }} width={50} />
        <Tooltip formatter={(v) => count(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar name="Input tokens" dataKey="input" stackId="tokens" fill="#2456d8" isAnimationActive={false} />
        <Bar name="Output tokens" dataKey="output" stackId="tokens" fill="#16a34a" isAnimationActive={false} />
      </BarChart>
    </ChartPanel>
  );
}

export function CacheChart({ report }: { report: SpendReport }) {
  const data = report.series.map((s) => {
    const answered = s.calls - s.errors;
    return { label: bucketLabel(s.at, report.range.granularity), hits: s.cacheHits, misses: answered - s.cacheHits, rate: answered ? s.cacheHits / answered : null };
  });
  return (
    <ChartPanel title="Cache hits and hit rate" testId="chart-cache">
      <ComposedChart data={data} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis yAxisId="calls" tickFormatter={compact} tick={{ fontSize: 11 }} width={50} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 1]} tickFormatter={(v: number) => percent(v, 0)} tick={{ fontSize: 11 }} width={44} />
        <Tooltip formatter={(v, name) => (name === "Hit rate" ? percent(Number(v)) : count(Number(v)))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="calls" name="Cache hits" dataKey="hits" stackId="calls" fill="#16a34a" isAnimationActive={false} />
        <Bar yAxisId="calls" name="Upstream calls" dataKey="misses" stackId="calls" fill="#cbd5e1" isAnimationActive={false} />
        <Line yAxisId="rate" name="Hit rate" dataKey="rate" stroke="#9333ea" dot={false} strokeWidth={2} connectNulls isAnimationActive={false} />
      </ComposedChart>
    </ChartPanel>
  );
}

export function RetriesChart({ report }: { report: SpendReport }) {
  const data = report.series.map((s) => ({ label: bucketLabel(s.at, report.range.granularity), retries: s.retries, errors: s.errors, cost: s.retryCostMicros }));
  return (
    <ChartPanel title="Retries, failed attempts and retry cost" testId="chart-retries">
      <ComposedChart data={data} margin={{ top: 4, right: 8, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis yAxisId="n" tickFormatter={compact} tick={{ fontSize: 11 }} width={50} />
        <YAxis yAxisId="usd" orientation="right" tickFormatter={axisUsd} tick={{ fontSize: 11 }} width={70} />
        <Tooltip formatter={(v, name) => (name === "Retry cost" ? usd(Number(v)) : count(Number(v)))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="n" name="Retries" dataKey="retries" fill="#d97706" isAnimationActive={false} />
        <Bar yAxisId="n" name="Failed attempts" dataKey="errors" fill="#dc2626" isAnimationActive={false} />
        <Line yAxisId="usd" name="Retry cost" dataKey="cost" stroke="#4b5563" dot={false} strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </ChartPanel>
  );
}
