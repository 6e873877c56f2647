"use client";
import Link from "next/link";
import type { RefObject } from "react";
import { Age, SlaTimer } from "@/components/ui/sla-timer";
import styles from "@/components/queue/queue.module.css";
import { ConfidenceMeter } from "@/components/ui/confidence-meter";
import { reasonLabels, type QueueItem } from "@/lib/review/queue-contract";

interface Props {
  items: QueueItem[];
  userId: string;
  now: Date;
  selected: number;
  onSelect: (index: number) => void;
  onClaim: (item: QueueItem) => void;
  onRelease: (item: QueueItem) => void;
  pendingItemId: string | null;
  rowLinks: RefObject<(HTMLAnchorElement | null)[]>;
}

const priorityLabel = (p: number) => (p >= 70 ? "Urgent" : p >= 50 ? "High" : p >= 20 ? "Normal" : "Low");
const priorityClass = (p: number) => (p >= 70 ? "bad" : p >= 50 ? "warn" : "");

export function QueueTable({ items, userId, now, selected, onSelect, onClaim, onRelease, pendingItemId, rowLinks }: Props) {
  return (
    <table className={styles.table} data-testid="queue-table">
      <caption className={styles.srOnly}>Review items</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Reason</th>
          <th scope="col">Type</th>
          <th scope="col">Confidence</th>
          <th scope="col">Age</th>
          <th scope="col">SLA</th>
          <th scope="col">Priority</th>
          <th scope="col">Status</th>
          <th scope="col"><span className={styles.srOnly}>Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const mine = item.status === "claimed" && item.assignee?.id === userId;
          const expired = item.status === "claimed" && item.claimExpiresAt !== null && new Date(item.claimExpiresAt) <= now;
          const heldByOther = item.status === "claimed" && !mine && !expired;
          return (
            <tr
              key={item.id}
              data-testid="queue-row"
              data-item-id={item.id}
              className={index === selected ? styles.selectedRow : undefined}
              onClick={() => onSelect(index)}
            >
              <td data-label="Document" className={styles.docCell}>
                <Link
                  href={`/documents/${item.documentId}`}
                  ref={(el) => {
                    rowLinks.current[index] = el;
                  }}
                  onFocus={() => onSelect(index)}
                  className={styles.docLink}
                >
                  {item.filename}
                </Link>
                <div className={`muted mono ${styles.small} ${styles.ellipsis}`}>{item.documentId}</div>
              </td>
              <td data-label="Reason">
                <span className={`badge ${item.reason === "audit_sample" ? "" : "warn"}`}>{reasonLabels[item.reason]}</span>
                {item.reasons[0]?.detail && (
                  <div className={`muted ${styles.small} ${styles.detail}`} title={item.reasons.map((r) => r.detail).filter(Boolean).join("\n")}>
                    {item.reasons[0].detail}
                  </div>
                )}
              </td>
              <td data-label="Type" className={styles.nowrap}>{item.docType ?? <span className="muted">unknown</span>}</td>
              <td data-label="Confidence" className={styles.nowrap}>{item.confidence === null ? <span className="muted">—</span> : <ConfidenceMeter value={item.confidence} />}</td>
              <td data-label="Age" className={styles.nowrap}><Age since={item.createdAt} now={now} /></td>
              <td data-label="SLA" className={styles.nowrap}>{item.status === "resolved" ? <span className="muted">—</span> : <SlaTimer slaDueAt={item.slaDueAt} now={now} />}</td>
              <td data-label="Priority" className={styles.nowrap}><span className={`badge ${priorityClass(item.priority)}`}>{priorityLabel(item.priority)}</span></td>
              <td data-label="Status" className={styles.nowrap}>
                {item.status === "resolved" ? (
                  <span className={`badge ${item.resolution === "approved" ? "ok" : "bad"}`}>{item.resolution}</span>
                ) : mine ? (
                  <span className="badge ok">Claimed by you</span>
                ) : heldByOther ? (
                  <span className="badge">Claimed by {item.assignee?.name}</span>
                ) : expired ? (
                  <span className="badge warn">Claim expired</span>
                ) : (
                  <span className="muted">Open</span>
                )}
              </td>
              <td className={styles.actions}>
                {item.status === "resolved" ? null : mine ? (
                  <>
                    <Link className="btn primary" href={`/documents/${item.documentId}`}>Continue</Link>
                    <button type="button" className="btn" onClick={() => onRelease(item)} disabled={pendingItemId === item.id}>Release</button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="btn primary"
                    onClick={() => onClaim(item)}
                    disabled={heldByOther || pendingItemId === item.id}
                    aria-label={`Claim ${item.filename}`}
                  >
                    Claim
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
