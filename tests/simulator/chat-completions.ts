import type { Completion, Dialect, SseEvent } from "./sse";

// Shapes follow what @ai-sdk/openai's openaiChatResponseSchema / openaiChatChunkSchema parse.

function usageOf(c: Completion) {
  return {
    prompt_tokens: c.promptTokens,
    completion_tokens: c.completionTokens,
    total_tokens: c.promptTokens + c.completionTokens,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

function chunk(c: Completion, choices: unknown[], extra: Record<string, unknown> = {}): SseEvent {
  const body = { id: c.id, object: "chat.completion.chunk", created: c.createdAt, model: c.model, system_fingerprint: "sim", choices, ...extra };
  return { data: JSON.stringify(body) };
}

export const chatCompletions: Dialect = {
  idPrefix: "chatcmpl-sim-",

  json: (c) => ({
    id: c.id,
    object: "chat.completion",
    created: c.createdAt,
    model: c.model,
    system_fingerprint: "sim",
    choices: [{ index: 0, message: { role: "assistant", content: c.text, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: usageOf(c),
  }),

  stream: (c, body) => {
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    return {
      opening: () => [chunk(c, [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }])],
      delta: (text) => chunk(c, [{ index: 0, delta: { content: text }, logprobs: null, finish_reason: null }]),
      // include_usage puts usage in one last chunk with no choices, as OpenAI does.
      closing: () => [
        chunk(c, [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }]),
        ...(streamOptions?.include_usage ? [chunk(c, [], { usage: usageOf(c) })] : []),
        { data: "[DONE]" },
      ],
      brokenFrame: { data: `{"id":"${c.id}","choices":[{"index":0,"delta":{"content":` },
    };
  },
};
