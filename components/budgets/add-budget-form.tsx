"use client";
import { useState } from "react";
import type { BudgetInput } from "@/lib/budgets/budget-contract";
import { dollarsToMicros } from "@/components/budgets/budgets-api";
import styles from "@/components/budgets/budgets.module.css";

// A new daily or monthly cap for an API token, this tenant, or the whole installation.

type Scope = "token" | "tenant" | "global";

export function AddBudgetForm({
  tokens,
  allowInstallation,
  onCreate,
  busy,
}: {
  tokens: Array<{ id: string; name: string; prefix: string }>;
  /** Operators only: an installation-wide cap binds every tenant. */
  allowInstallation: boolean;
  onCreate: (input: BudgetInput) => void;
  busy: boolean;
}) {
  const [scope, setScope] = useState<Scope>("tenant");
  const [tokenId, setTokenId] = useState(tokens[0]?.id ?? "");
  const [period, setPeriod] = useState<"day" | "month">("day");
  const [amount, setAmount] = useState("");
  const micros = dollarsToMicros(amount);
  const ready = micros !== null && (scope !== "token" || tokenId !== "");
  return (
    <form
      className={styles.addForm}
      aria-label="Add a spending cap"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        onCreate(scope === "token" ? { scope, scopeId: tokenId, period, limitMicros: micros! } : { scope, period, limitMicros: micros! });
        setAmount("");
      }}
    >
      <div className="field">
        <label htmlFor="budget-scope">Applies to</label>
        <select id="budget-scope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="tenant">This tenant</option>
          <option value="token" disabled={tokens.length === 0}>
            One API token
          </option>
          {allowInstallation && <option value="global">Whole installation</option>}
        </select>
      </div>
      {scope === "token" && (
        <div className="field">
          <label htmlFor="budget-token">API token</label>
          <select id="budget-token" value={tokenId} onChange={(e) => setTokenId(e.target.value)}>
            {tokens.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.prefix})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="budget-period">Period</label>
        <select id="budget-period" value={period} onChange={(e) => setPeriod(e.target.value as "day" | "month")}>
          <option value="day">Daily (UTC)</option>
          <option value="month">Monthly (UTC)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="budget-amount">Limit (USD)</label>
        <input id="budget-amount" inputMode="decimal" placeholder="25.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </div>
      <button className="btn primary" type="submit" disabled={!ready || busy}>
        Add cap
      </button>
    </form>
  );
}
