"use client";
import { useState, type ReactNode } from "react";
import { createBrowserClient, errorMessage, unwrap, type BrowserAuth } from "@/components/ui/api";
import { AGENTS, dataOf, looseDataOf } from "@/components/ui/run-events";
import { useRunStream } from "@/components/ui/use-run-stream";
import styles from "@/components/capture/capture.module.css";

const pct = (n: number) => `${Math.round(n * 100)}%`;

const nextSteps: Record<string, (docType: string) => string> = {
  approved: (t) => `Your ${t} is approved and filed. Nothing else to do.`,
  needs_review: (t) => `A reviewer will check this ${t}; the result appears here, usually within a working day.`,
  waiting_for_answer: () => "I need one answer from you to finish.",
};

function Bubble({ from, children, testId }: { from: "me" | "sieve"; children: ReactNode; testId?: string }) {
  return (
    <li className={from === "me" ? styles.me : styles.sieve} data-testid={testId}>
      {from === "sieve" && <span className={styles.avatar} aria-hidden="true">S</span>}
      <div className={styles.bubble}>{children}</div>
    </li>
  );
}

/** One document's run as a conversation: what was sent, the agents at work, the fields, the question, the decision. */
export function RunThread({ runId, filename, preview, auth }: { runId: string; filename: string; preview?: string; auth: BrowserAuth }) {
  const [generation, setGeneration] = useState(0);
  const { message, state } = useRunStream(runId, true, generation, auth);
  const [sent, setSent] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const status = dataOf(message, "run-status").at(-1)?.status ?? "queued";
  const started = dataOf(message, "agent-started");
  const finished = dataOf(message, "agent-finished");
  const fields = dataOf(message, "field");
  const questions = dataOf(message, "question");
  const answers = dataOf(message, "answer");
  const decision = dataOf(message, "decision").at(-1);
  const error = dataOf(message, "error").at(-1);
  const reading = looseDataOf(message, "reading").at(-1);
  const answered = (id: string) => answers.find((a) => a.questionId === id)?.answer ?? sent[id];
  const open = questions.find((q) => answered(q.questionId) === undefined);

  async function answer(questionId: string, text: string) {
    if (!text.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      unwrap(await createBrowserClient(auth).POST("/api/v1/questions/{id}/answer", { params: { path: { id: questionId } }, body: { answer: text.trim() } }));
      setSent((s) => ({ ...s, [questionId]: text.trim() }));
      setDraft("");
      setGeneration((g) => g + 1); // follow the resumed run
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const working = started.length > 0 || finished.length > 0;
  return (
    <ol className={styles.thread} aria-label={`Conversation about ${filename}`} aria-live="polite" data-testid="thread" data-status={status}>
      <Bubble from="me">
        {preview && <img className={styles.thumb} src={preview} alt={`Photo of ${filename}`} />}
        <span>Sent {filename}</span>
      </Bubble>
      <Bubble from="sieve">
        {reading || working
          ? `Got it. I read the document${reading && typeof reading.engine === "string" ? ` (${reading.engine})` : ""}.`
          : status === "queued"
            ? "Got it. It's in line; I'll start in a moment…"
            : "Got it. Reading the document…"}
      </Bubble>
      {working && (
        <Bubble from="sieve" testId="thread-agents">
          <p className={styles.line}>My agents are on it:</p>
          <ul className={styles.chips}>
            {AGENTS.map((agent) => {
              const done = finished.filter((f) => f.agent === agent).at(-1);
              const running = !done && started.some((s) => s.agent === agent);
              return (
                <li key={agent} data-state={done ? done.status : running ? "running" : "waiting"}>
                  {done?.status === "succeeded" ? "✓ " : running ? "… " : ""}
                  {agent}
                </li>
              );
            })}
          </ul>
        </Bubble>
      )}
      {fields.length > 0 && (
        <Bubble from="sieve" testId="thread-fields">
          <p className={styles.line}>Here is what I found:</p>
          <dl className={styles.found}>
            {fields.map((f) => (
              <div key={f.name}>
                <dt>{f.name.replace(/_/g, " ")}</dt>
                <dd>
                  {f.value ?? <span className={styles.faint}>not found</span>} <span className={styles.faint}>{pct(f.confidence)}</span>
                </dd>
              </div>
            ))}
          </dl>
        </Bubble>
      )}
      {questions.map((q) => {
        const reply = answered(q.questionId);
        return (
          <QuestionTurn key={q.questionId} prompt={q.prompt} reply={reply}>
            {reply === undefined && (
              <div className={styles.options}>
                {q.options.map((o) => (
                  <button key={o} type="button" className={styles.option} disabled={busy} onClick={() => void answer(q.questionId, o)}>
                    {o}
                  </button>
                ))}
              </div>
            )}
          </QuestionTurn>
        );
      })}
      {open && (
        <li className={styles.composer}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void answer(open.questionId, draft);
            }}
          >
            <label htmlFor="thread-answer" className={styles.srOnly}>
              Your answer
            </label>
            <input id="thread-answer" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Type an answer…" maxLength={500} autoComplete="off" />
            <button type="submit" className="btn primary" disabled={busy || !draft.trim()}>
              Send
            </button>
          </form>
          {failure && <p className="error" role="alert">{failure}</p>}
        </li>
      )}
      {decision && decision.outcome !== "waiting_for_answer" && (
        <Bubble from="sieve" testId="thread-decision">
          <p className={styles.decisionLine} data-outcome={decision.outcome}>
            {decision.outcome === "approved" ? "✓ Approved" : "Sent to a reviewer"}
          </p>
          {decision.reasons.length > 0 && (
            <ul className={styles.why}>
              {decision.reasons.map((r, i) => (
                <li key={i}>{r.detail}</li>
              ))}
            </ul>
          )}
          <p className={styles.line}>{(nextSteps[decision.outcome] ?? nextSteps.needs_review)(decision.docType)}</p>
        </Bubble>
      )}
      {(status === "failed" || error) && <Bubble from="sieve">Something went wrong on my side{error ? `: ${error.message}` : ""}. A person will look at it.</Bubble>}
      {state === "reconnecting" && <li className={styles.system}>Reconnecting…</li>}
    </ol>
  );
}

function QuestionTurn({ prompt, reply, children }: { prompt: string; reply: string | undefined; children: ReactNode }) {
  return (
    <>
      <Bubble from="sieve" testId="thread-question">
        <p className={styles.line}>
          <strong>One question:</strong> {prompt}
        </p>
        {children}
      </Bubble>
      {reply !== undefined && (
        <Bubble from="me" testId="thread-answer">
          {reply}
        </Bubble>
      )}
    </>
  );
}
