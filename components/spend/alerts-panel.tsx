"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AlertJson } from "@/lib/alerts/alert-contract";
import { acknowledge, fetchAlerts, spendKeys } from "@/components/spend/spend-api";
import { usd } from "@/components/ui/format";
import styles from "@/components/spend/spend.module.css";

// Recent spend alerts with their webhook delivery state; admins acknowledge them here.

const KIND: Record<AlertJson["kind"], { label: string; tone: string }> = {
  spend_anomaly: { label: "Spend spike", tone: "bad" },
  budget_80: { label: "Budget 80%", tone: "warn" },
  budget_100: { label: "Budget 100%", tone: "bad" },
  breaker_open: { label: "Breaker open", tone: "warn" },
};

const DELIVERY: Record<AlertJson["delivery"]["status"], string> = {
  pending: "webhook: retrying",
  delivered: "webhook: delivered",
  failed: "webhook: failed",
  skipped: "no webhook",
};

export function AlertsPanel({ initial }: { initial: AlertJson[] }) {
  const client = useQueryClient();
  const alerts = useQuery({ queryKey: spendKeys.alerts, queryFn: fetchAlerts, initialData: initial, refetchInterval: 30_000 });
  const ack = useMutation({ mutationFn: acknowledge, onSuccess: () => client.invalidateQueries({ queryKey: spendKeys.alerts }) });
  const open = alerts.data.filter((a) => !a.acknowledgedAt);
  return (
    <section className="panel" aria-label="Spend alerts" data-testid="alerts-panel">
      <h2>
        Alerts {open.length > 0 && <span className="badge bad">{open.length} open</span>}
      </h2>
      {alerts.data.length === 0 ? (
        <p className="muted">No alerts. Spikes against the hourly baseline, budgets at 80% and 100%, and opened circuit breakers show here.</p>
      ) : (
        <ul className={styles.alerts}>
          {alerts.data.map((a) => (
            <li key={a.id} className={a.acknowledgedAt ? styles.acknowledged : undefined}>
              <span className={`badge ${KIND[a.kind].tone}`}>{KIND[a.kind].label}</span>
              <span className={styles.alertText}>
                {a.message}
                <span className="muted">
                  {" "}
                  · {new Date(a.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC · {DELIVERY[a.delivery.status]}
                  {a.baselineMicros !== null && ` · baseline ${usd(a.baselineMicros)}/h`}
                </span>
              </span>
              {a.acknowledgedAt ? (
                <span className="muted">acknowledged</span>
              ) : (
                <button className="btn" type="button" disabled={ack.isPending} onClick={() => ack.mutate(a.id)}>
                  Acknowledge
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {ack.error && <p className="error">{ack.error.message}</p>}
    </section>
  );
}
