// Approximate, deterministic tokenisation: a token is a run of letters/digits or one punctuation
// mark, carrying the whitespace before it, so joining the tokens gives back the exact text.
const TOKEN = /\s*(?:[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_])|\s+$/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function countTokens(text: string): number {
  return tokenize(text).length;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every piece of text in a message list (chat `messages` or Responses `input`), in order. */
export function collectText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (!isRecord(value)) return [];
  const texts: string[] = [];
  if (typeof value.text === "string") texts.push(value.text);
  if (value.content !== undefined) texts.push(...collectText(value.content));
  if (typeof value.output === "string") texts.push(value.output);
  return texts;
}

/** The conversation of a Chat Completions or Responses request body as message-like items. */
export function conversationOf(body: Json): unknown[] {
  const items: unknown[] = [];
  if (typeof body.instructions === "string") items.push({ role: "system", content: body.instructions });
  if (Array.isArray(body.messages)) items.push(...body.messages);
  if (typeof body.input === "string") items.push({ role: "user", content: body.input });
  if (Array.isArray(body.input)) items.push(...body.input);
  return items;
}

export function lastUserText(conversation: unknown[]): string {
  for (let i = conversation.length - 1; i >= 0; i--) {
    const item = conversation[i];
    if (isRecord(item) && item.role === "user") return collectText(item.content).join("\n");
  }
  return "";
}

/** Prompt tokens as OpenAI bills them, roughly: the text plus a small per-message overhead. */
export function countPromptTokens(conversation: unknown[]): number {
  return conversation.reduce<number>((sum, item) => sum + 4 + countTokens(collectText(item).join("\n")), 0);
}
