"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { WebhookView } from "@/lib/alerts/alert-contract";
import { budgetKeys, fetchWebhook, saveWebhook } from "@/components/budgets/budgets-api";
import styles from "@/components/budgets/budgets.module.css";

// Where alerts are POSTed. The signing secret is shown once, when it is generated.

export function WebhookPanel({ initial }: { initial: WebhookView }) {
  const client = useQueryClient();
  const view = useQuery({ queryKey: budgetKeys.webhook, queryFn: fetchWebhook, initialData: initial });
  const [url, setUrl] = useState(initial.url ?? "");
  const [secret, setSecret] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: saveWebhook,
    onSuccess: (result) => {
      setSecret(result.secret ?? null);
      client.setQueryData(budgetKeys.webhook, { url: result.url, secretHint: result.secretHint });
    },
  });
  return (
    <div>
      <form
        className={styles.inline}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ url: url.trim() === "" ? null : url.trim() });
        }}
      >
        <label htmlFor="webhook-url" className={styles.inlineLabel}>
          Webhook URL
        </label>
        <input id="webhook-url" type="url" placeholder="https://hooks.example.com/sieve" value={url} onChange={(e) => setUrl(e.target.value)} />
        <button className="btn primary" type="submit" disabled={save.isPending}>
          Save
        </button>
        {view.data.url && (
          <button className="btn" type="button" disabled={save.isPending} onClick={() => save.mutate({ url: view.data.url, rotateSecret: true })}>
            New secret
          </button>
        )}
      </form>
      <p className="muted">
        {view.data.url
          ? `Alerts are POSTed as JSON, signed in the x-sieve-signature header (t=<unix time>,v1=<HMAC-SHA256 of "t.body">) with the secret ${view.data.secretHint}; failed deliveries are retried with backoff.`
          : "No webhook: alerts show on the spend page only."}
      </p>
      {secret && (
        <p role="status">
          Signing secret (shown once): <code data-testid="webhook-secret">{secret}</code>
        </p>
      )}
      {save.error && <p className="error">{save.error.message}</p>}
    </div>
  );
}
