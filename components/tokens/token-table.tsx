"use client";
import { useState } from "react";
import type { ApiTokenView } from "@/lib/auth/token-contract";
import styles from "@/components/tokens/tokens.module.css";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—");

interface Props {
  tokens: ApiTokenView[];
  revokingId?: string;
  error: string | null;
  onRevoke: (id: string) => void;
}

export function TokenTable({ tokens, revokingId, error, onRevoke }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (tokens.length === 0) return <p className="panel muted">No tokens yet. Create one above for the mobile app.</p>;
  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Tokens</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className={styles.visuallyHidden}>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-testid="token-row" className={token.revokedAt ? styles.revoked : undefined}>
              <td>{token.name}</td>
              <td data-label="Token">
                <code>sv_{token.prefix}_…</code>
              </td>
              <td data-label="Scopes">
                {token.scopes.map((scope) => (
                  <span key={scope} className={`badge ${styles.scopeBadge}`}>
                    {scope}
                  </span>
                ))}
              </td>
              <td data-label="Created">
                {when(token.createdAt)}
                {token.createdBy && <div className="muted">by {token.createdBy}</div>}
              </td>
              <td data-label="Last used">{when(token.lastUsedAt)}</td>
              <td data-label="Status">{token.revokedAt ? <span className="badge bad">Revoked {when(token.revokedAt)}</span> : <span className="badge ok">Active</span>}</td>
              <td className={styles.actions}>
                {!token.revokedAt &&
                  (confirming === token.id ? (
                    <>
                      <button className="btn danger" type="button" disabled={revokingId === token.id} onClick={() => onRevoke(token.id)}>
                        {revokingId === token.id ? "Revoking…" : `Revoke “${token.name}”`}
                      </button>
                      <button className="btn" type="button" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button className="btn danger" type="button" onClick={() => setConfirming(token.id)} aria-label={`Revoke ${token.name}`}>
                      Revoke
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
