"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { SieveApiError } from "@/components/ui/api";
import { claimItem, claimNextItem, queueKeys, releaseItem } from "@/components/ui/queue-api";
import { Age, SlaTimer } from "@/components/ui/sla-timer";
import { useNow } from "@/components/ui/use-now";
import { useQueueLive } from "@/components/ui/use-queue-live";
import { AuditTrail } from "@/components/review/audit-trail";
import { DocumentPreview } from "@/components/review/document-preview";
import { FieldList } from "@/components/review/field-list";
import { LiveRunView } from "@/components/review/live-run-view";
import { pageBoxes } from "@/components/review/page-view";
import { QuestionPanel } from "@/components/review/question-panel";
import { RejectDialog } from "@/components/review/reject-dialog";
import { answerQuestion, decide, fetchReviewDocument, reviewDocumentKey, saveCorrection } from "@/components/review/review-api";
import { ShortcutList } from "@/components/ui/shortcut-list";
import styles from "@/components/review/review.module.css";
import { useRunStream } from "@/components/review/use-run-stream";
import { useHydrated, useShortcuts, type Shortcut } from "@/components/ui/use-shortcuts";
import { reasonLabels } from "@/lib/review/queue-contract";
import type { DecisionBody, ReviewDocument, ReviewField } from "@/lib/review/review-contract";

const HEARTBEAT_MS = 120_000;
const message = (error: unknown) => (error instanceof SieveApiError ? error.message : "Something went wrong; try again");

export function ReviewScreen({ initial }: { initial: ReviewDocument }) {
  const router = useRouter();
  const client = useQueryClient();
  const now = useNow(5_000);
  const documentId = initial.document.id;
  const key = reviewDocumentKey(documentId);
  const doc = useQuery({ queryKey: key, queryFn: () => fetchReviewDocument(documentId), initialData: initial });
  const data = doc.data;
  const { item, viewer, run } = data;
  const refresh = () => client.invalidateQueries({ queryKey: key });

  useQueueLive((event) => event.documentId === documentId && void refresh());

  const [activeId, setActiveId] = useState<string | null>(() => {
    const flagged = new Set(initial.item?.reasons.flatMap((r) => r.fields) ?? []);
    return (initial.fields.find((f) => flagged.has(f.name)) ?? initial.fields[0])?.id ?? null;
  });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [rejectOpen, setRejectOpen] = useState(false);
  const [banner, setBanner] = useState<{ kind: "ok" | "error" | "info"; text: string } | null>(null);
  const [streamGeneration, setStreamGeneration] = useState(0);
  const nextButton = useRef<HTMLButtonElement | null>(null);
  const hydrated = useHydrated();

  // The live view runs while the pipeline works, and again after an answer resumes the run.
  const inPipeline = !!run && (run.status === "queued" || run.status === "running");
  const stream = useRunStream(run?.id ?? null, inPipeline || streamGeneration > 0, streamGeneration);
  useEffect(() => {
    if (stream.state === "done") {
      void refresh();
      void client.invalidateQueries({ queryKey: queueKeys.all });
    }
    // Only the transition to "done" matters here, not the identity of the callbacks.
  }, [stream.state]);

  // While the reviewer holds the claim and the page is open, keep renewing it.
  useEffect(() => {
    if (!viewer.canAct || !item) return;
    const id = setInterval(() => void claimItem(item.id).catch(() => refresh()), HEARTBEAT_MS);
    return () => clearInterval(id);
  }, [viewer.canAct, item?.id]);

  const claim = useMutation({ mutationFn: () => claimItem(item!.id), onSuccess: () => (setBanner(null), refresh()), onError: (e) => (setBanner({ kind: "error", text: message(e) }), refresh()) });
  const release = useMutation({ mutationFn: () => releaseItem(item!.id), onSuccess: () => refresh(), onError: (e) => setBanner({ kind: "error", text: message(e) }) });
  const save = useMutation({
    mutationFn: ({ field, value, version }: { field: ReviewField; value: string; version: number }) => saveCorrection(field.id, value, version),
    onSuccess: (saved) => {
      setEditingId(null);
      setFieldErrors(({ [saved.id]: _, ...rest }) => rest);
      client.setQueryData<ReviewDocument>(key, (old) => old && { ...old, fields: old.fields.map((f) => (f.id === saved.id ? saved : f)) });
      void refresh();
    },
    onError: (error, { field }) => {
      setFieldErrors((errors) => ({ ...errors, [field.id]: message(error) }));
      // A stale edit: show the value someone else saved; the message quotes the reviewer's own.
      if (error instanceof SieveApiError && error.code === "stale_version") setEditingId(null);
      void refresh();
    },
  });
  const decision = useMutation({
    mutationFn: (body: DecisionBody) => decide(item!.id, body),
    onSuccess: (result) => {
      setRejectOpen(false);
      setBanner({ kind: "ok", text: result.resolution === "approved" ? "Approved. The document has left the queue." : "Rejected. The document has left the queue." });
      void refresh();
      void client.invalidateQueries({ queryKey: queueKeys.all });
      setTimeout(() => nextButton.current?.focus(), 0);
    },
    onError: (e) => (rejectOpen ? undefined : setBanner({ kind: "error", text: message(e) })),
  });
  const answer = useMutation({
    mutationFn: ({ questionId, text }: { questionId: string; text: string }) => answerQuestion(questionId, text),
    onSuccess: () => {
      setBanner({ kind: "info", text: "Answer sent; the run resumes where it stopped." });
      setStreamGeneration((g) => g + 1);
      void refresh();
    },
  });
  const next = useMutation({
    mutationFn: () => claimNextItem({ sort: "priority" }, item?.id),
    onSuccess: ({ item: nextItem }) =>
      nextItem ? router.push(`/documents/${nextItem.documentId}`) : setBanner({ kind: "info", text: "The queue is empty. Nice work." }),
    onError: (e) => setBanner({ kind: "error", text: message(e) }),
  });

  const fields = data.fields;
  const flagged = useMemo(() => new Set(item?.reasons.flatMap((r) => r.fields) ?? []), [item]);
  const spans = fields
    .filter((f) => f.sourceStart !== null && f.sourceEnd !== null)
    .map((f) => ({ id: f.id, start: f.sourceStart!, end: f.sourceEnd!, label: `${f.label}: ${f.effectiveValue ?? ""}` }));
  const boxes = pageBoxes(fields);
  const openQuestion = data.questions.find((q) => q.answer === null);
  const resolved = item?.status === "resolved";
  const heldByOther = item?.status === "claimed" && !viewer.canAct && item.claimExpiresAt !== null && new Date(item.claimExpiresAt) > now;

  const moveField = (delta: number) => {
    if (fields.length === 0) return;
    const index = fields.findIndex((f) => f.id === activeId);
    setActiveId(fields[Math.min(Math.max(0, index + delta), fields.length - 1)].id);
  };
  const approve = () => decision.mutate({ decision: "approve" });
  const shortcuts: Shortcut[] = [
    { keys: ["j", "ArrowDown"], label: "Next field", run: () => moveField(1) },
    { keys: ["k", "ArrowUp"], label: "Previous field", run: () => moveField(-1) },
    { keys: ["e"], label: "Edit the field", run: () => activeId && setEditingId(activeId), enabled: viewer.canAct },
    { keys: ["a"], label: "Approve", run: approve, enabled: viewer.canAct && !decision.isPending },
    { keys: ["r"], label: "Reject (with a reason)", run: () => setRejectOpen(true), enabled: viewer.canAct },
    { keys: ["n"], label: "Next item", run: () => next.mutate() },
    { keys: ["c"], label: "Claim this item", run: () => claim.mutate(), enabled: viewer.canClaim },
  ];
  useShortcuts(shortcuts);

  return (
    <div className={styles.screen} data-ready={hydrated || undefined}>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <Link href="/queue" className={styles.back}>← Review queue</Link>
          <h1 className={styles.title}>{data.document.filename}</h1>
          <div className={styles.meta}>
            <span className="badge" data-testid="document-status">{data.document.status.replace(/_/g, " ")}</span>
            {(run?.docType ?? data.document.docType) && <span className="badge">{run?.docType ?? data.document.docType}</span>}
            {run?.confidence != null && <span className="muted">confidence {Math.round(run.confidence * 100)}%</span>}
            {data.vendor?.vendorId ? (
              <Link href={`/vendors/${data.vendor.vendorId}`} className="badge" data-testid="vendor-memory" title={`${data.vendor.name ?? "Vendor"}: see and edit what Sieve knows`}>
                known vendor ({data.vendor.approvedDocuments} approved document{data.vendor.approvedDocuments === 1 ? "" : "s"})
              </Link>
            ) : (
              data.vendor && (
                <span className="badge" data-testid="vendor-memory" title={data.vendor.name ?? undefined}>
                  {data.vendor.known ? `known vendor (${data.vendor.approvedDocuments} approved document${data.vendor.approvedDocuments === 1 ? "" : "s"})` : "new vendor"}
                </span>
              )
            )}
            <span className="muted">received <Age since={data.document.createdAt} now={now} /> ago</span>
            {item && !resolved && <SlaTimer slaDueAt={item.slaDueAt} now={now} />}
          </div>
        </div>
        <div className={styles.actionsBar}>
          <p className={styles.claimState} data-testid="claim-state">
            {!item ? "Not in the review queue"
              : resolved ? `Resolved: ${item.resolution}`
              : viewer.canAct ? "You hold this item"
              : heldByOther ? `${item.assignee?.name ?? "Another reviewer"} is working on this item`
              : "Open: claim it to review"}
          </p>
          {viewer.canClaim && (
            <button type="button" className="btn primary" onClick={() => claim.mutate()} disabled={claim.isPending}>
              Claim <kbd>c</kbd>
            </button>
          )}
          {viewer.canAct && (
            <>
              <button type="button" className="btn" onClick={() => release.mutate()} disabled={release.isPending}>Release</button>
              <button type="button" className="btn danger" onClick={() => setRejectOpen(true)}>Reject <kbd>r</kbd></button>
              <button type="button" className="btn primary" onClick={approve} disabled={decision.isPending}>Approve <kbd>a</kbd></button>
            </>
          )}
          <button type="button" ref={nextButton} className="btn" onClick={() => next.mutate()} disabled={next.isPending}>Next item <kbd>n</kbd></button>
        </div>
      </header>

      {banner && (
        <div className={styles[`banner_${banner.kind}`]} role={banner.kind === "error" ? "alert" : "status"} data-testid="review-banner">
          {banner.text}
          <button type="button" className="btn" onClick={() => setBanner(null)} aria-label="Dismiss message">×</button>
        </div>
      )}

      {item && item.reasons.length > 0 && !resolved && (
        <ul className={styles.reasonList} aria-label="Why this document needs a human">
          {item.reasons.map((r, i) => (
            <li key={`${r.reason}-${i}`}>
              <span className="badge warn">{reasonLabels[r.reason as keyof typeof reasonLabels] ?? r.reason}</span> {r.detail}
            </li>
          ))}
        </ul>
      )}

      {openQuestion && (
        <QuestionPanel
          question={openQuestion}
          canAnswer={viewer.canAct || !item}
          pending={answer.isPending}
          error={answer.error ? message(answer.error) : null}
          onAnswer={(text) => answer.mutate({ questionId: openQuestion.id, text })}
        />
      )}

      {run && (inPipeline || streamGeneration > 0) && <LiveRunView message={stream.message} state={stream.state} />}

      <div className={styles.workspace}>
        <DocumentPreview document={data.document} spans={spans} boxes={boxes} activeId={activeId} onActivate={setActiveId} />
        <section className={`panel ${styles.fieldsPanel}`} aria-labelledby="fields-heading">
          <h2 id="fields-heading">Fields</h2>
          {run?.summary && <p className={styles.summary}>{run.summary}</p>}
          {data.vendor?.changes.map((c) => (
            <p key={c.field} className="muted" data-testid="vendor-change">
              Vendor memory read {c.field} as the known spelling “{c.to}” (read “{c.from ?? ""}”)
            </p>
          ))}
          <FieldList
            fields={fields}
            flagged={flagged}
            activeId={activeId}
            editingId={editingId}
            canEdit={viewer.canAct}
            errors={fieldErrors}
            savingId={save.isPending ? (save.variables?.field.id ?? null) : null}
            onActivate={setActiveId}
            onEdit={setEditingId}
            onSave={(field, value, version) => save.mutate({ field, value, version })}
          />
        </section>
      </div>

      <div className={styles.bottom}>
        <AuditTrail entries={data.audit} />
        <ShortcutList shortcuts={shortcuts} />
      </div>

      <RejectDialog
        open={rejectOpen}
        pending={decision.isPending}
        error={rejectOpen && decision.error ? message(decision.error) : null}
        onCancel={() => setRejectOpen(false)}
        onReject={(reason, note) => decision.mutate({ decision: "reject", reason, ...(note ? { note } : {}) })}
      />
    </div>
  );
}
