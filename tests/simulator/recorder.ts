import type { IncomingHttpHeaders } from "node:http";
import type { SimulatedApi } from "./script";

/** "pending" until answered; then "ok", a fault label ("429", "hang", "drop", …) or "aborted" by the client. */
export type Outcome = string;

export interface RecordedRequest {
  index: number;
  api: SimulatedApi;
  model: string;
  stream: boolean;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  receivedAt: number;
  /** Streaming: when the first and the last text delta were written (epoch ms). */
  firstTokenAt?: number;
  lastTokenAt?: number;
  outcome: Outcome;
}

export interface SimulatorStats {
  total: number;
  byModel: Record<string, number>;
  byApi: Record<SimulatedApi, number>;
  byOutcome: Record<Outcome, number>;
  inFlight: number;
  maxInFlight: number;
}

/** Counts upstream requests so tests can assert exactly how many calls reached the "provider". */
export class Recorder {
  private counters = Recorder.emptyStats();
  private recent: RecordedRequest[] = [];

  constructor(private readonly keep: number) {}

  private static emptyStats(): SimulatorStats {
    return { total: 0, byModel: {}, byApi: { chat: 0, responses: 0 }, byOutcome: {}, inFlight: 0, maxInFlight: 0 };
  }

  start(request: Omit<RecordedRequest, "index" | "receivedAt" | "outcome">): RecordedRequest {
    const c = this.counters;
    const record: RecordedRequest = { ...request, index: ++c.total, receivedAt: Date.now(), outcome: "pending" };
    c.byModel[request.model] = (c.byModel[request.model] ?? 0) + 1;
    c.byApi[request.api] += 1;
    c.inFlight += 1;
    c.maxInFlight = Math.max(c.maxInFlight, c.inFlight);
    this.recent.push(record);
    if (this.recent.length > this.keep) this.recent.shift();
    return record;
  }

  /** Called once, when the connection for `record` closes. */
  finish(record: RecordedRequest): void {
    if (record.outcome === "pending") record.outcome = "aborted";
    const c = this.counters;
    c.inFlight -= 1;
    c.byOutcome[record.outcome] = (c.byOutcome[record.outcome] ?? 0) + 1;
  }

  stats(): SimulatorStats {
    const c = this.counters;
    return { ...c, byModel: { ...c.byModel }, byApi: { ...c.byApi }, byOutcome: { ...c.byOutcome } };
  }

  requests(): RecordedRequest[] {
    return [...this.recent];
  }

  /** Zeroes the counters; requests still open keep counting as in flight. */
  reset(): void {
    const inFlight = this.counters.inFlight;
    this.counters = { ...Recorder.emptyStats(), inFlight, maxInFlight: inFlight };
    this.recent = [];
  }
}
