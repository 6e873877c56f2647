"use client";
import { useState, type FormEvent } from "react";
import type { ScopeOption } from "@/components/tokens/token-manager";
import styles from "@/components/tokens/tokens.module.css";

interface Props {
  scopes: ScopeOption[];
  pending: boolean;
  error: string | null;
  onCreate: (input: { name: string; scopes: ScopeOption["scope"][] }) => Promise<unknown>;
}

export function CreateTokenForm({ scopes, pending, error, onCreate }: Props) {
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<Set<ScopeOption["scope"]>>(new Set(["upload", "read", "answer"]));
  const [problem, setProblem] = useState<string | null>(null);

  function toggle(scope: ScopeOption["scope"]) {
    const next = new Set(chosen);
    if (next.has(scope)) next.delete(scope);
    else next.add(scope);
    setChosen(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem("Give the token a name, e.g. the app or device it is for");
    if (chosen.size === 0) return setProblem("Choose at least one scope");
    setProblem(null);
    await onCreate({ name: name.trim(), scopes: scopes.map((s) => s.scope).filter((s) => chosen.has(s)) }).then(
      () => setName(""),
      () => undefined,
    );
  }

  const message = problem ?? error;
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="create-token-heading" noValidate>
      <h2 id="create-token-heading">Create a token</h2>
      <div className={styles.formRow}>
        <div className="field">
          <label htmlFor="token-name">Name</label>
          <input id="token-name" value={name} maxLength={100} placeholder="iOS app – production" onChange={(e) => setName(e.target.value)} />
        </div>
        <fieldset className={styles.scopes}>
          <legend>Scopes</legend>
          {scopes.map(({ scope, description }) => (
            <label key={scope} className={styles.scope}>
              <input type="checkbox" checked={chosen.has(scope)} onChange={() => toggle(scope)} />
              <span>
                <strong>{scope}</strong> <span className="muted">— {description}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <button className="btn primary" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
