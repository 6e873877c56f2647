"use client";
import { useState, type FormEvent } from "react";
import type { CreateUserInput } from "@/lib/auth/user-contract";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import styles from "@/components/users/users.module.css";

interface Props {
  roles: Role[];
  pending: boolean;
  error: string | null;
  onCreate: (input: CreateUserInput) => Promise<unknown>;
}

export function AddUserForm({ roles, pending, error, onCreate }: Props) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("reviewer");
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem("Enter the person's name");
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return setProblem("Enter an email address, e.g. name@example.com");
    setProblem(null);
    await onCreate({ name: name.trim(), email: email.trim(), role }).then(
      () => {
        setName("");
        setEmail("");
        setRole("reviewer");
      },
      () => undefined,
    );
  }

  const message = problem ?? error;
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="add-user-heading" noValidate>
      <h2 id="add-user-heading">Add a user</h2>
      <div className={styles.formRow}>
        <div className="field">
          <label htmlFor="user-name">Name</label>
          <input id="user-name" value={name} maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-email">Email</label>
          <input id="user-email" type="email" value={email} maxLength={320} autoComplete="off" onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <button className="btn primary" type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
