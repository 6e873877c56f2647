"use client";
import { useState } from "react";
import styles from "@/components/users/users.module.css";

export interface IssuedPassword {
  name: string;
  email: string;
  password: string;
  reason: "created" | "reset";
}

/** The one time a temporary password is visible: it lives in this component's props and nowhere else. */
export function TemporaryPassword({ issued, onDone }: { issued: IssuedPassword; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(issued.password).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <section className={`panel ${styles.secret}`} role="status" aria-labelledby="temporary-password-heading">
      <h2 id="temporary-password-heading">
        {issued.reason === "created" ? `${issued.name} can now sign in` : `${issued.name}'s password was reset`}
      </h2>
      <p>
        Give {issued.name} this temporary password for <strong>{issued.email}</strong> and ask them to change it on their Account page. It is
        shown this once: Sieve keeps only a hash of it.
      </p>
      <div className={styles.secretRow}>
        <code data-testid="temporary-password" className={styles.secretValue}>
          {issued.password}
        </code>
        <button className="btn" type="button" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <button className="btn primary" type="button" onClick={onDone}>
        I have handed it over
      </button>
    </section>
  );
}
