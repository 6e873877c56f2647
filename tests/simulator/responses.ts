import type { Completion, Dialect, SseEvent } from "./sse";

// Shapes follow what @ai-sdk/openai's openaiResponsesResponseSchema / openaiResponsesChunkSchema parse.

function usageOf(c: Completion) {
  return {
    input_tokens: c.promptTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: c.completionTokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: c.promptTokens + c.completionTokens,
  };
}

const messageId = (c: Completion) => `msg_${c.id}`;

function message(c: Completion, status: "in_progress" | "completed") {
  const content = status === "completed" ? [{ type: "output_text", text: c.text, annotations: [], logprobs: [] }] : [];
  return { id: messageId(c), type: "message", status, role: "assistant", content };
}

function response(c: Completion, status: "in_progress" | "completed") {
  const done = status === "completed";
  return {
    id: c.id,
    object: "response",
    created_at: c.createdAt,
    status,
    model: c.model,
    output: done ? [message(c, "completed")] : [],
    incomplete_details: null,
    error: null,
    service_tier: "default",
    usage: done ? usageOf(c) : null,
  };
}

export const responses: Dialect = {
  idPrefix: "resp_sim_",

  json: (c) => response(c, "completed"),

  stream: (c) => {
    let sequence = 0;
    const event = (type: string, fields: Record<string, unknown>): SseEvent => ({
      event: type,
      data: JSON.stringify({ type, sequence_number: sequence++, ...fields }),
    });
    const part = { output_index: 0, content_index: 0, item_id: messageId(c) };
    return {
      opening: () => [
        event("response.created", { response: response(c, "in_progress") }),
        event("response.in_progress", { response: response(c, "in_progress") }),
        event("response.output_item.added", { output_index: 0, item: message(c, "in_progress") }),
        event("response.content_part.added", { ...part, part: { type: "output_text", text: "", annotations: [] } }),
      ],
      delta: (text) => event("response.output_text.delta", { ...part, delta: text, logprobs: [] }),
      closing: () => [
        event("response.output_text.done", { ...part, text: c.text, logprobs: [] }),
        event("response.content_part.done", { ...part, part: { type: "output_text", text: c.text, annotations: [] } }),
        event("response.output_item.done", { output_index: 0, item: message(c, "completed") }),
        event("response.completed", { response: response(c, "completed") }),
      ],
      brokenFrame: { event: "response.output_text.delta", data: `{"type":"response.output_text.delta","delta":` },
    };
  },
};
