"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { AlertJson } from "@/lib/alerts/alert-contract";
import type { SpendReport } from "@/lib/spend/spend-contract";
import { AlertsPanel } from "@/components/spend/alerts-panel";
import { BreakdownTable } from "@/components/spend/breakdown-table";
import { DIM_LABELS, RangePicker } from "@/components/spend/range-picker";
import { fetchSpend, spendKeys, spendSearch, type SpendSelection } from "@/components/spend/spend-api";
import { CacheChart, CostOverTime, RetriesChart, TokensChart } from "@/components/spend/spend-charts";
import { SpendSummary } from "@/components/spend/spend-summary";
import styles from "@/components/spend/spend.module.css";

const same = (a: SpendSelection, b: SpendSelection) => spendSearch(a) === spendSearch(b);

export function SpendScreen({ initial, initialReport, initialAlerts }: { initial: SpendSelection; initialReport: SpendReport; initialAlerts: AlertJson[] }) {
  const [selection, setSelection] = useState(initial);
  const report = useQuery({
    queryKey: spendKeys.report(selection),
    queryFn: () => fetchSpend(selection),
    initialData: same(selection, initial) ? initialReport : undefined,
    placeholderData: keepPreviousData,
  });
  // The address bar keeps the selection, so a view can be shared or reloaded.
  useEffect(() => window.history.replaceState(null, "", `/spend?${spendSearch(selection)}`), [selection]);
  const data = report.data;
  return (
    <div className="grid">
      <div className={styles.header}>
        <h1>Spend</h1>
        <RangePicker value={selection} onChange={setSelection} />
      </div>
      {report.error && <p className="error" role="alert">{report.error.message}</p>}
      <AlertsPanel initial={initialAlerts} />
      {data && (
        <div className="grid" aria-busy={report.isFetching} data-testid="spend-report">
          <SpendSummary report={data} />
          <div className={styles.charts}>
            <CostOverTime report={data} byLabel={DIM_LABELS[selection.by]} />
            <TokensChart report={data} />
            <CacheChart report={data} />
            <RetriesChart report={data} />
          </div>
          <div className={styles.breakdowns}>
            <BreakdownTable title="Model" rows={data.breakdowns.model} totalMicros={data.totals.costMicros} showSaved />
            <BreakdownTable title="Agent" rows={data.breakdowns.agent} totalMicros={data.totals.costMicros} />
            <BreakdownTable title="Document type" rows={data.breakdowns.docType} totalMicros={data.totals.costMicros} />
            <BreakdownTable title="API token" rows={data.breakdowns.token} totalMicros={data.totals.costMicros} />
          </div>
        </div>
      )}
    </div>
  );
}
