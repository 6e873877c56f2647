import { apiFetch } from "@/lib/api-client/client-fetch";
import type { DecisionBody, ReviewDocument, ReviewField, ReviewQuestion } from "@/lib/review/review-contract";

// The review screen's calls to /api/v1/review/*, and the query key its document is cached under.

export const reviewDocumentKey = (documentId: string) => ["review-document", documentId] as const;

export const fetchReviewDocument = (documentId: string) => apiFetch<ReviewDocument>(`/api/v1/review/documents/${documentId}`);

export const saveCorrection = (fieldId: string, value: string, version: number) =>
  apiFetch<ReviewField>(`/api/v1/review/fields/${fieldId}`, { method: "PATCH", json: { value, version } });

export const decide = (itemId: string, body: DecisionBody) =>
  apiFetch<{ itemId: string; resolution: "approved" | "rejected"; resolvedItems: number }>(`/api/v1/review/items/${itemId}/decision`, { method: "POST", json: body });

export const answerQuestion = (questionId: string, answer: string) =>
  apiFetch<{ question: ReviewQuestion; runStatus: string }>(`/api/v1/review/questions/${questionId}/answer`, { method: "POST", json: { answer } });
