"use client";
import { useState, type FormEvent } from "react";
import styles from "@/components/review/review.module.css";
import type { ReviewQuestion } from "@/lib/review/review-contract";

interface Props {
  question: ReviewQuestion;
  canAnswer: boolean;
  pending: boolean;
  error: string | null;
  onAnswer: (answer: string) => void;
}

/** The pipeline's open question; answering resumes the run from where it stopped. */
export function QuestionPanel({ question, canAnswer, pending, error, onAnswer }: Props) {
  const [answer, setAnswer] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (answer.trim()) onAnswer(answer.trim());
  }
  return (
    <section className={`panel ${styles.question}`} aria-labelledby="question-heading" data-testid="question-panel">
      <h2 id="question-heading">The pipeline is asking</h2>
      <p className={styles.questionPrompt}>{question.prompt}</p>
      {!canAnswer && <p className="muted">Claim this item to answer.</p>}
      {question.options.length > 0 && (
        <div className={styles.options} role="group" aria-label="Suggested answers">
          {question.options.map((option) => (
            <button key={option} type="button" className="btn" disabled={!canAnswer || pending} onClick={() => onAnswer(option)}>
              {option}
            </button>
          ))}
        </div>
      )}
      <form onSubmit={submit} className={styles.answerForm}>
        <label htmlFor="answer-text">{question.options.length ? "Or answer in your own words" : "Your answer"}</label>
        <div className={styles.answerRow}>
          <input id="answer-text" value={answer} onChange={(e) => setAnswer(e.target.value)} disabled={!canAnswer || pending} />
          <button type="submit" className="btn primary" disabled={!canAnswer || pending || !answer.trim()}>
            {pending ? "Sending…" : "Answer"}
          </button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
