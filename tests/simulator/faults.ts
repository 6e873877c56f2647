export type Fault =
  /** An OpenAI-style JSON error with this status. 429 carries Retry-After (seconds, default 1). */
  | { kind: "http"; status: number; message?: string; retryAfterSeconds?: number; retryAfterMs?: number; delayMs?: number }
  /** Accepts the request and never answers; only the client's abort or close() ends it. */
  | { kind: "hang" }
  /** 200 with a body that is not valid JSON (non-streaming) or a broken SSE frame (streaming), after the latency. */
  | { kind: "malformed" }
  /** Cuts the connection after `afterChunks` text deltas (streaming) or half the body (non-streaming). */
  | { kind: "drop"; afterChunks?: number };

export const faults = {
  rateLimited: (retryAfterSeconds = 1): Fault => ({ kind: "http", status: 429, retryAfterSeconds }),
  serverError: (): Fault => ({ kind: "http", status: 500 }),
  unavailable: (): Fault => ({ kind: "http", status: 503 }),
  badRequest: (): Fault => ({ kind: "http", status: 400 }),
  unauthorized: (): Fault => ({ kind: "http", status: 401 }),
  hang: (): Fault => ({ kind: "hang" }),
  malformed: (): Fault => ({ kind: "malformed" }),
  drop: (afterChunks = 2): Fault => ({ kind: "drop", afterChunks }),
};

export function faultLabel(fault: Fault): string {
  return fault.kind === "http" ? String(fault.status) : fault.kind;
}

const ERROR_TYPES: Record<number, { type: string; code: string; message: string }> = {
  400: { type: "invalid_request_error", code: "invalid_request", message: "Simulated bad request." },
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Simulated invalid API key." },
  429: { type: "requests", code: "rate_limit_exceeded", message: "Simulated rate limit reached." },
  500: { type: "server_error", code: "server_error", message: "Simulated server error." },
  503: { type: "server_error", code: "service_unavailable", message: "Simulated overload." },
};

export function errorBody(status: number, message?: string) {
  const known = ERROR_TYPES[status] ?? { type: "server_error", code: String(status), message: `Simulated ${status}.` };
  return { error: { message: message ?? known.message, type: known.type, param: null, code: known.code } };
}

export function retryHeaders(fault: Extract<Fault, { kind: "http" }>): Record<string, string> {
  if (fault.retryAfterMs !== undefined) {
    return { "retry-after-ms": String(fault.retryAfterMs), "retry-after": String(Math.ceil(fault.retryAfterMs / 1000)) };
  }
  if (fault.retryAfterSeconds !== undefined) return { "retry-after": String(fault.retryAfterSeconds) };
  return fault.status === 429 ? { "retry-after": "1" } : {};
}

export interface FaultWindow {
  fault: Fault;
  durationMs: number;
  /** Share of requests in the window that fail, 0..1; spread evenly, not randomly, so runs repeat. */
  rate?: number;
  /** Only requests for these models; all models when omitted. */
  models?: string[];
}

/**
 * Faults that apply regardless of the script: a queue consumed one per request (e.g. fail the next
 * two attempts) and a time window (e.g. fail everything for 30 s). The window wins over the queue.
 */
export class FaultPlan {
  private queue: Fault[] = [];
  private window: (FaultWindow & { until: number; owed: number }) | null = null;

  enqueue(list: Fault[]): void {
    this.queue.push(...list);
  }

  openWindow(window: FaultWindow, now = Date.now()): void {
    this.window = { ...window, until: now + window.durationMs, owed: 0 };
  }

  clear(): void {
    this.queue = [];
    this.window = null;
  }

  next(model: string, now = Date.now()): Fault | undefined {
    const window = this.window;
    if (window && now >= window.until) this.window = null;
    else if (window && (!window.models || window.models.includes(model))) {
      window.owed += window.rate ?? 1;
      if (window.owed >= 1 - 1e-9) {
        window.owed -= 1;
        return window.fault;
      }
    }
    return this.queue.shift();
  }
}
