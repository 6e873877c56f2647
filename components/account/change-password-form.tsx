"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, SieveApiError, unwrap } from "@/components/ui/api";
import { PASSWORD_MIN_LENGTH, type ChangePasswordInput } from "@/lib/auth/user-contract";
import styles from "@/components/account/account.module.css";

const endedNote = (n: number) => (n === 0 ? "" : n === 1 ? " Your other session was signed out." : ` Your ${n} other sessions were signed out.`);

export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: async (input: ChangePasswordInput) => unwrap(await api.POST("/api/v1/auth/password", { body: input })),
    onSuccess: ({ otherSessionsEnded }) => {
      setCurrent("");
      setNext("");
      setConfirm("");
      setDone(`Password changed.${endedNote(otherSessionsEnded)}`);
    },
    onError: (e) => setProblem(e instanceof SieveApiError ? e.message : "Could not reach Sieve; try again"),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!current) return setProblem("Enter your current password");
    if (next.length < PASSWORD_MIN_LENGTH) return setProblem(`Use at least ${PASSWORD_MIN_LENGTH} characters for the new password`);
    if (next !== confirm) return setProblem("The new password and its confirmation differ");
    setProblem(null);
    change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <form className={`panel ${styles.narrow}`} onSubmit={submit} aria-labelledby="change-password-heading" noValidate>
      <h2 id="change-password-heading">Change password</h2>
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          maxLength={200}
          aria-describedby="new-password-hint"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <div id="new-password-hint" className={`muted ${styles.hint}`}>
          At least {PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one.
        </div>
      </div>
      <div className="field">
        <label htmlFor="confirm-password">Confirm new password</label>
        <input id="confirm-password" type="password" autoComplete="new-password" maxLength={200} value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <button className="btn primary" type="submit" disabled={change.isPending}>
        {change.isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
