"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { consoleAuth, SieveApiError } from "@/components/ui/api";
import { RunProgress } from "@/components/ui/run-progress";
import { useRunStream } from "@/components/ui/use-run-stream";
import { uploadWithProgress, type UploadAccepted } from "@/components/ui/xhr-upload";
import uiStyles from "@/components/ui/ui.module.css";
import styles from "@/components/upload/upload.module.css";

type Upload = {
  key: string;
  file: File;
  filename: string;
  loaded: number;
  state: "uploading" | "accepted" | "refused";
  accepted?: UploadAccepted;
  refusal?: { code: string; message: string };
};

const ACCEPT = "application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,.docx,.txt";

const refusalText: Record<string, string> = {
  payload_too_large: "Too large",
  unsupported_media_type: "Not a file type Sieve reads",
  unprocessable_document: "Could not be read",
  rate_limited: "Too many uploads at once",
  budget_exceeded: "Spending cap reached",
};

function size(bytes: number) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1_048_576 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Upload from the browser: drop, pick or paste files; each shows its transfer, then its live run. */
export function UploadScreen() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const update = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const start = useCallback((files: File[]) => {
    const added = files.map((file, i) => ({
      key: crypto.randomUUID(),
      file,
      filename: file.name && file.name !== "image.png" ? file.name : `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}-${i + 1}.${(file.type.split("/")[1] ?? "bin").replace("jpeg", "jpg")}`,
      loaded: 0,
      state: "uploading" as const,
    }));
    setUploads((all) => [...added, ...all]);
    for (const u of added) {
      uploadWithProgress(u.file, u.filename, { auth: consoleAuth, idempotencyKey: u.key, onProgress: (loaded) => update(u.key, { loaded }) })
        .then((accepted) => update(u.key, { state: "accepted", accepted, loaded: u.file.size }))
        .catch((error: unknown) =>
          update(u.key, {
            state: "refused",
            refusal: error instanceof SieveApiError ? { code: error.code, message: error.message } : { code: "http_error", message: "The upload did not complete" },
          }),
        );
    }
  }, []);

  // Paste anywhere on the page: a screenshot or files copied in the file manager.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      start(files);
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [start]);

  return (
    <div className="grid">
      <div>
        <h1>Upload documents</h1>
        <p className="muted">PDF, DOCX, JPEG or PNG scans and plain text, up to 20 MB each. Each document goes through the pipeline as soon as it arrives.</p>
      </div>
      <div
        className={styles.dropzone}
        data-dragging={dragging || undefined}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          start(Array.from(e.dataTransfer.files));
        }}
      >
        <svg aria-hidden="true" width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 16V4m0 0-4 4m4-4 4 4" />
          <path d="M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
        </svg>
        <p className={styles.dropTitle}>Drop files here</p>
        <p className="muted">or paste them (Ctrl/⌘ V) anywhere on this page</p>
        <label className="btn primary" htmlFor="upload-files">
          Choose files…
        </label>
        <input
          ref={input}
          id="upload-files"
          className={styles.fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            start(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
      </div>
      {uploads.length > 0 && (
        <ul className={styles.list} aria-label="Uploads">
          {uploads.map((u) => (
            <UploadCard key={u.key} upload={u} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadCard({ upload }: { upload: Upload }) {
  const { accepted, refusal } = upload;
  const stream = useRunStream(accepted?.runId ?? null, !!accepted);
  const ratio = upload.file.size ? Math.min(1, upload.loaded / upload.file.size) : upload.state === "uploading" ? 0 : 1;
  return (
    <li className={`panel ${styles.card}`} data-testid="upload-card" data-state={upload.state} data-filename={upload.filename}>
      <div className={styles.cardHead}>
        <div className={styles.name}>
          <strong>{upload.filename}</strong>
          <span className="muted"> · {size(upload.file.size)}</span>
        </div>
        {accepted && (
          <div className={styles.links}>
            <Link href={`/documents/${accepted.documentId}`}>Document</Link>
            <Link href={`/runs/${accepted.runId}`}>Trace</Link>
          </div>
        )}
      </div>
      <div className={styles.transfer}>
        <div
          className={uiStyles.progress}
          role="progressbar"
          aria-label={`Upload of ${upload.filename}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(ratio * 100)}
          data-testid="upload-progress"
        >
          <span className={uiStyles.progressFill} style={{ width: `${ratio * 100}%`, background: refusal ? "var(--bad)" : undefined }} />
        </div>
        <span className={styles.transferText}>
          {upload.state === "uploading" ? `${Math.round(ratio * 100)}%` : upload.state === "accepted" ? "sent" : "refused"}
        </span>
      </div>
      {refusal && (
        <p className={styles.refusal} role="alert" data-testid="upload-refusal">
          <strong>{refusalText[refusal.code] ?? "Refused"}:</strong> {refusal.message}
        </p>
      )}
      {accepted?.duplicate && (
        <p className={styles.duplicate} data-testid="upload-duplicate">
          <strong>Already uploaded:</strong> this exact file arrived before ({new Date(accepted.document.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC), so no new run was started; here is its run.
        </p>
      )}
      {accepted && <RunProgress message={stream.message} state={stream.state} />}
    </li>
  );
}
