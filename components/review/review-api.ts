import { api, unwrap } from "@/components/ui/api";
import type { DecisionBody } from "@/lib/review/review-contract";

// The review screen's calls to /api/v1/review/*, and the query key its document is cached under.

export const reviewDocumentKey = (documentId: string) => ["review-document", documentId] as const;

const path = (id: string) => ({ path: { id } });

export const fetchReviewDocument = async (documentId: string) => unwrap(await api.GET("/api/v1/review/documents/{id}", { params: path(documentId) }));

export const saveCorrection = async (fieldId: string, value: string, version: number) =>
  unwrap(await api.PATCH("/api/v1/review/fields/{id}", { params: path(fieldId), body: { value, version } }));

export const decide = async (itemId: string, body: DecisionBody) => unwrap(await api.POST("/api/v1/review/items/{id}/decision", { params: path(itemId), body }));

export const answerQuestion = async (questionId: string, answer: string) =>
  unwrap(await api.POST("/api/v1/review/questions/{id}/answer", { params: path(questionId), body: { answer } }));
