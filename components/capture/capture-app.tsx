"use client";
import { useCallback, useEffect, useState } from "react";
import { createBrowserClient, errorMessage, SieveApiError, type Schemas } from "@/components/ui/api";
import { uploadWithProgress } from "@/components/ui/xhr-upload";
import { restoreIdentity, signOutDevice, type CaptureIdentity } from "@/components/capture/capture-auth";
import { CaptureSignIn } from "@/components/capture/capture-sign-in";
import { enqueueUpload, queuedUploads, removeQueuedUpload, type QueuedUpload } from "@/components/capture/offline-queue";
import { RunThread } from "@/components/capture/run-thread";
import styles from "@/components/capture/capture.module.css";

type Thread = { runId: string; filename: string; preview?: string };
type Sending = { id: string; filename: string; ratio: number };

const statusText: Record<string, string> = {
  received: "received",
  processing: "working",
  waiting_for_answer: "needs your answer",
  needs_review: "with a reviewer",
  approved: "approved",
  rejected: "rejected",
  failed: "failed",
  cancelled: "cancelled",
};

function useOnline() {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    setOnline(navigator.onLine);
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener("online", on);
    window.addEventListener("offline", off);
    return () => (window.removeEventListener("online", on), window.removeEventListener("offline", off));
  }, []);
  return online;
}

const isNetworkFailure = (e: unknown) => e instanceof SieveApiError && e.status === 0;

/** The mobile capture app: sign in, photograph or pick a document, follow its run as a conversation. */
export function CaptureApp() {
  const [identity, setIdentity] = useState<CaptureIdentity | null | undefined>(undefined);
  const [thread, setThread] = useState<Thread | null>(null);
  const [recent, setRecent] = useState<Schemas["Document"][]>([]);
  const [queue, setQueue] = useState<QueuedUpload[]>([]);
  const [sending, setSending] = useState<Sending | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const online = useOnline();

  useEffect(() => {
    restoreIdentity().then(setIdentity, () => setIdentity(null));
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js", { scope: "/capture" }).catch(() => undefined);
  }, []);

  const loadRecent = useCallback(async () => {
    if (!identity) return;
    const page = await createBrowserClient(identity.auth).GET("/api/v1/documents", { params: { query: { limit: 10 } } }).catch(() => null);
    if (page?.data) setRecent(page.data.data);
  }, [identity]);

  const refreshQueue = useCallback(async () => setQueue(await queuedUploads().catch(() => [])), []);

  useEffect(() => {
    void loadRecent();
    void refreshQueue();
  }, [loadRecent, refreshQueue]);

  const send = useCallback(
    async (upload: QueuedUpload, open: boolean) => {
      if (!identity) return false;
      setSending({ id: upload.id, filename: upload.filename, ratio: 0 });
      try {
        const accepted = await uploadWithProgress(upload.blob, upload.filename, {
          auth: identity.auth,
          idempotencyKey: upload.id,
          onProgress: (loaded, total) => setSending({ id: upload.id, filename: upload.filename, ratio: total ? loaded / total : 0 }),
        });
        await removeQueuedUpload(upload.id).catch(() => undefined);
        if (accepted.duplicate) setNotice({ kind: "error", text: `${upload.filename} was uploaded before; showing its earlier run.` });
        if (open) setThread({ runId: accepted.runId, filename: upload.filename, preview: upload.type.startsWith("image/") ? URL.createObjectURL(upload.blob) : undefined });
        else setNotice({ kind: "ok", text: `Back online: ${upload.filename} was sent.` });
        return true;
      } catch (e) {
        if (isNetworkFailure(e)) {
          await enqueueUpload(upload);
          setNotice({ kind: "error", text: `No connection: ${upload.filename} is saved and will be sent when you are back online.` });
        } else {
          await removeQueuedUpload(upload.id).catch(() => undefined);
          setNotice({ kind: "error", text: `${upload.filename} was refused: ${errorMessage(e)}` });
        }
        return false;
      } finally {
        setSending(null);
        void refreshQueue();
        void loadRecent();
      }
    },
    [identity, loadRecent, refreshQueue],
  );

  // Back online (or opened with uploads waiting): send the queue in the order the photos were taken.
  useEffect(() => {
    if (!identity || !online) return;
    let cancelled = false;
    (async () => {
      for (const upload of await queuedUploads().catch(() => [])) {
        if (cancelled || !(await send(upload, false))) break;
      }
    })();
    return () => void (cancelled = true);
  }, [identity, online, send]);

  async function take(file: File | undefined) {
    if (!file) return;
    setNotice(null);
    const upload: QueuedUpload = {
      id: crypto.randomUUID(),
      filename: file.name || `photo-${Date.now()}.jpg`,
      type: file.type,
      blob: file,
      takenAt: new Date().toISOString(),
    };
    if (!navigator.onLine) {
      await enqueueUpload(upload);
      await refreshQueue();
      setNotice({ kind: "error", text: `You are offline: ${upload.filename} is saved and will be sent when you are back online.` });
      return;
    }
    await send(upload, true);
  }

  if (identity === undefined) return <p className={styles.loading}>Loading…</p>;
  if (identity === null) return <CaptureSignIn onSignedIn={setIdentity} />;

  return (
    <div className={styles.app}>
      <header className={styles.top}>
        {thread ? (
          <button type="button" className={styles.back} onClick={() => (setThread(null), void loadRecent())}>
            ← Documents
          </button>
        ) : (
          <span className={styles.brand}>Sieve capture</span>
        )}
        <span className={styles.who}>{identity.name}</span>
        {!thread && (
          <button type="button" className={styles.link} onClick={() => void signOutDevice(identity).then(() => setIdentity(null))}>
            Sign out
          </button>
        )}
      </header>
      {!online && (
        <p className={styles.offline} role="status" data-testid="offline-banner">
          Offline — photos you take are kept on this phone and sent when you are back online.
        </p>
      )}
      {notice && (
        <p className={notice.kind === "ok" ? styles.noticeOk : styles.noticeError} role="status" data-testid="capture-notice">
          {notice.text}
        </p>
      )}
      {sending && (
        <div className={styles.sending} data-testid="capture-sending">
          <span>Sending {sending.filename}…</span>
          <div className={styles.bar} role="progressbar" aria-label={`Upload of ${sending.filename}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(sending.ratio * 100)}>
            <span style={{ width: `${sending.ratio * 100}%` }} />
          </div>
        </div>
      )}
      <main className={styles.main} id="main">
        {thread ? (
          <RunThread key={thread.runId} runId={thread.runId} filename={thread.filename} preview={thread.preview} auth={identity.auth} />
        ) : (
          <>
            <section className={styles.actions} aria-label="New document">
              <label className={styles.camera} htmlFor="capture-camera">
                <svg aria-hidden="true" width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                  <path d="M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1Z" />
                  <circle cx="12" cy="13.5" r="3.5" />
                </svg>
                Take a photo
              </label>
              <input id="capture-camera" data-testid="camera-input" className={styles.hidden} type="file" accept="image/*" capture="environment" onChange={(e) => (void take(e.target.files?.[0]), (e.target.value = ""))} />
              <label className={styles.pick} htmlFor="capture-file">
                Choose a file
              </label>
              <input id="capture-file" data-testid="file-input" className={styles.hidden} type="file" accept="image/*,application/pdf,.docx,text/plain" onChange={(e) => (void take(e.target.files?.[0]), (e.target.value = ""))} />
            </section>
            {queue.length > 0 && (
              <section className={styles.section} aria-labelledby="queued-heading">
                <h2 id="queued-heading">Waiting to send</h2>
                <ul className={styles.docs} data-testid="offline-queue">
                  {queue.map((q) => (
                    <li key={q.id} className={styles.doc}>
                      <span className={styles.docName}>{q.filename}</span>
                      <span className={styles.pill}>queued</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section className={styles.section} aria-labelledby="recent-heading">
              <h2 id="recent-heading">Recent documents</h2>
              {recent.length === 0 ? (
                <p className={styles.faint}>Nothing yet. Take a photo of a receipt or an invoice to start.</p>
              ) : (
                <ul className={styles.docs} data-testid="recent-documents">
                  {recent.map((d) => (
                    <li key={d.id}>
                      <button
                        type="button"
                        className={styles.doc}
                        disabled={!d.latestRun}
                        onClick={() => d.latestRun && setThread({ runId: d.latestRun.id, filename: d.filename })}
                      >
                        <span className={styles.docName}>{d.filename}</span>
                        <span className={styles.pill} data-status={d.status}>
                          {statusText[d.status] ?? d.status}
                        </span>
                        <time className={styles.faint} dateTime={d.createdAt}>
                          {new Date(d.createdAt).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
                        </time>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
