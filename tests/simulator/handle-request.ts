import type { IncomingMessage, ServerResponse } from "node:http";
import { chatCompletions } from "./chat-completions";
import { errorBody, faultLabel, retryHeaders, type Fault, type FaultPlan } from "./faults";
import type { Recorder, RecordedRequest } from "./recorder";
import { responses } from "./responses";
import { answerText, defaultScript, jsonSchemaOf, type Latency, type Script, type ScriptedAnswer, type SimRequest, type SimulatedApi } from "./script";
import { cutConnection, sleep, tokenDueMs, writeStream, type Completion } from "./sse";
import { conversationOf, countPromptTokens, lastUserText, tokenize } from "./tokens";

export interface HandlerContext {
  script: () => Script;
  plan: FaultPlan;
  recorder: Recorder;
  defaults: Latency;
  apiKey?: string;
}

const DIALECTS = { chat: chatCompletions, responses } as const;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Answers one Chat Completions or Responses request (body already parsed). */
export async function handleModelRequest(
  api: SimulatedApi,
  req: IncomingMessage,
  res: ServerResponse,
  body: Record<string, unknown>,
  ctx: HandlerContext,
): Promise<void> {
  const model = typeof body.model === "string" ? body.model : "unknown";
  const stream = body.stream === true;
  const record = ctx.recorder.start({ api, model, stream, body, headers: req.headers });
  const aborted = new AbortController();
  res.on("close", () => {
    aborted.abort();
    ctx.recorder.finish(record);
  });

  if (ctx.apiKey !== undefined && req.headers.authorization !== `Bearer ${ctx.apiKey}`) {
    return sendFault(res, record, { kind: "http", status: 401 }, aborted.signal);
  }

  const conversation = conversationOf(body);
  const request: SimRequest = {
    api,
    model,
    stream,
    body,
    headers: req.headers,
    conversation,
    userText: lastUserText(conversation),
    jsonSchema: jsonSchemaOf(body),
    index: record.index,
  };
  // Planned faults bypass the script so stateful scripts (sequence()) keep their place.
  const planned = ctx.plan.next(model);
  let answer: ScriptedAnswer;
  try {
    answer = planned ? { ...(await defaultScript(request)), fault: planned } : await ctx.script()(request);
  } catch (error) {
    // A throwing script is a bug in the test, not a simulated fault: make it loud.
    record.outcome = "script-error";
    return sendJson(res, 500, errorBody(500, `Simulator script threw: ${String(error)}`));
  }

  const latency = {
    ttftMs: answer.ttftMs ?? ctx.defaults.ttftMs ?? 0,
    tokensPerSecond: answer.tokensPerSecond ?? ctx.defaults.tokensPerSecond ?? 0,
  };
  const text = answerText(answer);
  const tokens = tokenize(text);
  const completion: Completion = {
    id: `${DIALECTS[api].idPrefix}${record.index}`,
    model,
    createdAt: Math.floor(Date.now() / 1000),
    text,
    promptTokens: answer.usage?.promptTokens ?? countPromptTokens(conversation),
    completionTokens: answer.usage?.completionTokens ?? tokens.length,
  };
  const fault = answer.fault;
  if (fault && (fault.kind === "http" || fault.kind === "hang")) return sendFault(res, record, fault, aborted.signal);
  if (fault) record.outcome = faultLabel(fault);

  if (stream) {
    const plan = {
      frames: DIALECTS[api].stream(completion, body),
      tokens,
      ...latency,
      dropAfter: fault?.kind === "drop" ? (fault.afterChunks ?? 2) : undefined,
      malformed: fault?.kind === "malformed",
      onDeltas: () => {
        record.firstTokenAt ??= Date.now();
        record.lastTokenAt = Date.now();
      },
    };
    if ((await writeStream(res, plan, aborted.signal)) && !fault) record.outcome = "ok";
    return;
  }

  // Non-streaming answers arrive when the whole generation would have finished.
  const generationMs = tokenDueMs(Math.max(tokens.length - 1, 0), latency.ttftMs, latency.tokensPerSecond);
  if (!(await sleep(generationMs, aborted.signal))) return;
  const payload = DIALECTS[api].json(completion);
  const json = JSON.stringify(payload);
  if (fault?.kind === "malformed") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(json.slice(0, Math.floor(json.length / 2)));
  } else if (fault?.kind === "drop") {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    await cutConnection(res, json.slice(0, Math.floor(json.length / 2)));
  } else {
    record.outcome = "ok";
    sendJson(res, 200, payload);
  }
}

async function sendFault(res: ServerResponse, record: RecordedRequest, fault: Extract<Fault, { kind: "http" | "hang" }>, signal: AbortSignal): Promise<void> {
  record.outcome = faultLabel(fault);
  if (fault.kind !== "http") return;
  if (!(await sleep(fault.delayMs ?? 0, signal))) return;
  sendJson(res, fault.status, errorBody(fault.status, fault.message), retryHeaders(fault));
}
