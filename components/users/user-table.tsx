"use client";
import { useState } from "react";
import type { UpdateUserInput, UserView } from "@/lib/auth/user-contract";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import styles from "@/components/users/users.module.css";

interface Props {
  users: UserView[];
  currentUserId: string;
  /** Roles the viewer may hand out; operators (and their rows) are managed by operators only. */
  roles: Role[];
  pendingId?: string;
  error: string | null;
  notice: string | null;
  onUpdate: (user: UserView, patch: UpdateUserInput) => void;
}

export function UserTable({ users, currentUserId, roles, pendingId, error, notice, onUpdate }: Props) {
  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className={styles.visuallyHidden}>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} self={user.id === currentUserId} roles={roles} pending={pendingId === user.id} onUpdate={onUpdate} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function UserRow({ user, self, roles, pending, onUpdate }: { user: UserView; self: boolean; roles: Role[]; pending: boolean; onUpdate: Props["onUpdate"] }) {
  const [role, setRole] = useState<Role>(user.role);
  const [confirming, setConfirming] = useState<"disable" | "reset" | null>(null);
  const manageable = !self && roles.includes(user.role);
  const act = (patch: UpdateUserInput) => {
    setConfirming(null);
    onUpdate(user, patch);
  };

  return (
    <tr data-testid="user-row" className={user.disabledAt ? styles.disabled : undefined}>
      <td>
        {user.name}
        {self && <span className={`badge ${styles.you}`}>You</span>}
      </td>
      <td data-label="Email">{user.email}</td>
      <td data-label="Role">
        {manageable ? (
          <div className={styles.roleCell}>
            <select aria-label={`Role of ${user.name}`} value={role} disabled={pending} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            {role !== user.role && (
              <button className="btn" type="button" disabled={pending} onClick={() => act({ role })}>
                Change role
              </button>
            )}
          </div>
        ) : (
          ROLE_LABELS[user.role]
        )}
      </td>
      <td data-label="Status">{user.disabledAt ? <span className="badge bad">Disabled</span> : <span className="badge ok">Active</span>}</td>
      <td className={styles.actions}>
        {!manageable ? (
          !self && <span className="muted">Managed by operators</span>
        ) : confirming ? (
          <>
            <button className="btn danger" type="button" disabled={pending} onClick={() => act(confirming === "disable" ? { disabled: true } : { resetPassword: true })}>
              {confirming === "disable" ? `Disable and sign out “${user.name}”` : `Reset “${user.name}”'s password`}
            </button>
            <button className="btn" type="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            {user.disabledAt ? (
              <button className="btn" type="button" disabled={pending} onClick={() => act({ disabled: false })} aria-label={`Enable ${user.name}`}>
                Enable
              </button>
            ) : (
              <button className="btn danger" type="button" disabled={pending} onClick={() => setConfirming("disable")} aria-label={`Disable ${user.name}`}>
                Disable
              </button>
            )}
            <button className="btn" type="button" disabled={pending} onClick={() => setConfirming("reset")} aria-label={`Reset the password of ${user.name}`}>
              Reset password
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
