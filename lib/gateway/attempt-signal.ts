// One attempt's abort signal: fires when the caller aborts (client disconnect) or the attempt's
// timer runs out, and remembers which, so a timeout can be retried and a disconnect cannot.

export class AttemptSignal {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private readonly onCallerAbort = () => this.controller.abort(this.caller?.reason);
  timedOut = false;

  constructor(
    private readonly caller: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    if (caller?.aborted) this.controller.abort(caller.reason);
    else caller?.addEventListener("abort", this.onCallerAbort, { once: true });
    this.restart(timeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get callerAborted(): boolean {
    return this.caller?.aborted === true;
  }

  /** Starts the timer again (streams: the idle time allowed until the next part). */
  restart(timeoutMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new DOMException(`The model did not answer within ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
    this.timer.unref();
  }

  /** Aborts the upstream request (e.g. the consumer cancelled the stream). */
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.caller?.removeEventListener("abort", this.onCallerAbort);
  }
}

/** Waits `ms`, or rejects with the caller's abort reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
