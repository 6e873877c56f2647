import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import { listQuestionsQuery, questionPageSchema } from "@/lib/api/schemas/questions";
import { cancelRunBodySchema, runSchema } from "@/lib/api/schemas/runs";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";
import { answerAcceptedSchema, answerBodySchema, streamQuerySchema } from "@/lib/pipeline/upload-schemas";
import { runEventPayloadSchemas } from "@/lib/streams/run-event-types";

const eventMeta = { seq: z.number().int().meta({ description: "Position in the run's event log" }), at: z.iso.datetime() };

// One SSE `data:` payload. The stream is the AI SDK UI message stream protocol; the run's
// progress arrives as `data-<event>` parts (other chunk types frame the message).
const streamChunk = z
  .union([
    ...Object.entries(runEventPayloadSchemas).map(([type, payload]) =>
      z.object({ type: z.literal(`data-${type}`), id: z.string().optional(), data: payload.extend(eventMeta) }).meta({ id: `RunEvent_${type.replace(/-/g, "_")}` }),
    ),
    z.object({ type: z.string().meta({ description: "Protocol framing: start, start-step, finish-step, finish, …" }) }).loose(),
  ])
  .meta({ id: "RunStreamChunk" });

export const runPaths: ZodOpenApiPathsObject = {
  "/api/v1/runs/{id}": {
    get: operation({
      operationId: "getRun",
      tags: ["Runs"],
      summary: "Get a run's status and result",
      access: { scope: "read" },
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The run", runSchema) },
      errors: [400, 404],
    }),
  },
  "/api/v1/runs/{id}/stream": {
    get: operation({
      operationId: "streamRun",
      tags: ["Runs"],
      summary: "Follow a run's progress (resumable stream)",
      description:
        "Server-Sent Events in the AI SDK UI message stream protocol (`readUIMessageStream` reads it): agent started/finished, each field as soon as it is extracted, validation findings, questions and the decision, as `data-*` parts. Each event carries `seq`: after a disconnect, reconnect with `?from=<seq + 1>` or a `Last-Event-ID` header. A finished run replays from its record.",
      access: { scope: "read" },
      requestParams: { path: idParams, query: streamQuerySchema },
      responses: { "200": { description: "The event stream; each `data:` line is one chunk", content: { "text/event-stream": { schema: streamChunk } } } },
      errors: [400, 404],
    }),
  },
  "/api/v1/runs/{id}/cancel": {
    post: operation({
      operationId: "cancelRun",
      tags: ["Runs"],
      summary: "Cancel a run",
      description: "Stops a run that is queued, running or waiting for an answer. A run that already reached a decision answers 409 `invalid_state`.",
      access: { scope: "upload" },
      requestParams: { path: idParams },
      requestBody: { required: false, content: { "application/json": { schema: cancelRunBodySchema } } },
      responses: { "200": jsonResponse("The cancelled run", runSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/questions/{id}/answer": {
    post: operation({
      operationId: "answerQuestion",
      tags: ["Questions"],
      summary: "Answer a clarifying question",
      description: "The run resumes from where it stopped, without redoing finished agents; follow it on `streamUrl`.",
      access: { scope: "answer" },
      requestParams: { path: idParams },
      requestBody: { required: true, content: { "application/json": { schema: answerBodySchema } } },
      responses: { "200": jsonResponse("Answered; the run resumes", answerAcceptedSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/questions": {
    get: operation({
      operationId: "listQuestions",
      tags: ["Questions"],
      summary: "List clarifying questions on my documents",
      description: "Open questions by default: their runs wait (`waiting_for_answer`) until one is answered.",
      access: { scope: "read" },
      requestParams: { query: listQuestionsQuery },
      responses: { "200": jsonResponse("A page of questions", questionPageSchema) },
      errors: [400],
    }),
  },
};
