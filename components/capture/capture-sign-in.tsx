"use client";
import { useState } from "react";
import { errorMessage } from "@/components/ui/api";
import { identityFromToken, signInWithPassword, type CaptureIdentity } from "@/components/capture/capture-auth";
import styles from "@/components/capture/capture.module.css";

/** Sign in with the console account or paste an API token (scopes upload, read, answer). */
export function CaptureSignIn({ onSignedIn }: { onSignedIn: (identity: CaptureIdentity) => void }) {
  const [mode, setMode] = useState<"account" | "token">("account");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: FormData) {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(
        mode === "account"
          ? await signInWithPassword(String(form.get("email")), String(form.get("password")))
          : await identityFromToken(String(form.get("token")).trim()),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className={styles.signIn} id="main">
      <div className={styles.logo} aria-hidden="true">S</div>
      <h1>Sieve capture</h1>
      <p className={styles.faint}>Photograph receipts and invoices; Sieve reads them and asks when something is unclear.</p>
      <div className={styles.segmented} role="group" aria-label="Sign in with">
        <button type="button" aria-pressed={mode === "account"} onClick={() => setMode("account")}>
          Account
        </button>
        <button type="button" aria-pressed={mode === "token"} onClick={() => setMode("token")}>
          API token
        </button>
      </div>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void submit(new FormData(e.currentTarget));
        }}
      >
        {mode === "account" ? (
          <>
            <label htmlFor="capture-email">Email</label>
            <input id="capture-email" name="email" type="email" autoComplete="username" required />
            <label htmlFor="capture-password">Password</label>
            <input id="capture-password" name="password" type="password" autoComplete="current-password" required />
          </>
        ) : (
          <>
            <label htmlFor="capture-token">API token</label>
            <input id="capture-token" name="token" autoComplete="off" placeholder="sv_…" required />
            <p className={styles.faint}>An admin creates tokens under Settings → API tokens.</p>
          </>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
