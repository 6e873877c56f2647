"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { WebhookView } from "@/lib/alerts/alert-contract";
import type { BudgetsPage } from "@/lib/budgets/budget-contract";
import type { BudgetInput } from "@/lib/budgets/budget-contract";
import { AddBudgetForm } from "@/components/budgets/add-budget-form";
import { BudgetTable } from "@/components/budgets/budget-table";
import { budgetKeys, createBudget, deleteBudget, fetchBudgets, updateBudget } from "@/components/budgets/budgets-api";
import { RunCapPanel } from "@/components/budgets/run-cap-panel";
import { WebhookPanel } from "@/components/budgets/webhook-panel";

type Change = { kind: "create"; input: BudgetInput } | { kind: "update"; id: string; limitMicros: number } | { kind: "delete"; id: string };

/** `canOperate`: run caps, installation-wide caps and the webhook bind every tenant, so only operators change them. */
export function BudgetsScreen({ initial, webhook, canOperate }: { initial: BudgetsPage; webhook: WebhookView | null; canOperate: boolean }) {
  const client = useQueryClient();
  const page = useQuery({ queryKey: budgetKeys.page, queryFn: fetchBudgets, initialData: initial, refetchInterval: 30_000 });
  const change = useMutation({
    mutationFn: async (c: Change) => {
      if (c.kind === "create") await createBudget(c.input);
      if (c.kind === "update") await updateBudget(c.id, c.limitMicros);
      if (c.kind === "delete") await deleteBudget(c.id);
    },
    onSettled: () => client.invalidateQueries({ queryKey: budgetKeys.page }),
  });
  const { budgets, runCaps, tokens } = page.data;
  const runRows = budgets.filter((b) => b.scope === "run");
  return (
    <div className="grid">
      <h1>Budgets</h1>
      {change.error && (
        <p className="error" role="alert">
          {change.error.message}
        </p>
      )}
      <section className="panel" aria-label="Per-run cap">
        <h2>Per-run cap</h2>
        <RunCapPanel
          caps={runCaps}
          rows={runRows}
          busy={change.isPending}
          readOnly={!canOperate}
          onSet={(id, existing, micros) =>
            change.mutate(existing ? { kind: "update", id: existing.id, limitMicros: micros } : { kind: "create", input: { scope: "run", scopeId: id, limitMicros: micros } })
          }
          onReset={(existing) => change.mutate({ kind: "delete", id: existing.id })}
        />
      </section>
      <section className="panel" aria-label="Spending caps">
        <h2>Spending caps</h2>
        <BudgetTable
          budgets={budgets.filter((b) => b.scope !== "run")}
          busy={change.isPending}
          canChange={(b) => b.scope !== "global" || canOperate}
          onUpdate={(id, limitMicros) => change.mutate({ kind: "update", id, limitMicros })}
          onDelete={(id) => change.mutate({ kind: "delete", id })}
        />
        <AddBudgetForm tokens={tokens} allowInstallation={canOperate} busy={change.isPending} onCreate={(input) => change.mutate({ kind: "create", input })} />
      </section>
      <section className="panel" aria-label="Alert webhook">
        <h2>Alert webhook</h2>
        {webhook ? (
          <WebhookPanel initial={webhook} />
        ) : (
          <p className="muted">Alerts are listed on the spend page and sent to the installation&apos;s webhook, which its operator sets.</p>
        )}
      </section>
    </div>
  );
}
