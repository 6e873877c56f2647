"use client";
import { useState } from "react";
import type { CreatedToken } from "@/lib/auth/token-contract";
import styles from "@/components/tokens/tokens.module.css";

/** The one time a secret is visible: it lives in this component's props and nowhere else. */
export function NewSecret({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(created.secret).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <section className={`panel ${styles.secret}`} role="status" aria-labelledby="new-secret-heading">
      <h2 id="new-secret-heading">Token “{created.token.name}” created</h2>
      <p>Copy the secret now: it is shown this once and Sieve keeps only a hash of it.</p>
      <div className={styles.secretRow}>
        <code data-testid="new-token-secret" className={styles.secretValue}>
          {created.secret}
        </code>
        <button className="btn" type="button" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <button className="btn primary" type="button" onClick={onDone}>
        I have stored it
      </button>
    </section>
  );
}
