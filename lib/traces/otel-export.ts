import "server-only";
import { ExportResultCode } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import type { SpanExporter } from "@opentelemetry/sdk-trace";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";
import type { Store } from "@/lib/store/store";
import { runSpans, type TraceRun } from "@/lib/traces/otel-spans";

// Sends finished runs to an OTLP/HTTP endpoint (Jaeger, Langfuse, an OTel Collector…) when
// OTEL_EXPORTER_OTLP_ENDPOINT is set. Each run is claimed once across instances through the store;
// a failed export gives the claim back so the next pass retries it.

const SCOPE = { name: "sieve.traces", version: "1" };
const CLAIM_TTL_MS = 7 * 86_400_000;
/** Runs finished this long ago or less are (re)considered on each pass. */
const LOOKBACK_MS = 15 * 60_000;
const INTERVAL_MS = 10_000;
const BATCH = 200;

/** "k1=v1,k2=v2" as the OTel spec writes headers (values URL-encoded). */
export function parseOtlpHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (text ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) headers[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}

export function createTraceExporter(endpoint = env().OTEL_EXPORTER_OTLP_ENDPOINT): SpanExporter | null {
  if (!endpoint) return null;
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces`, headers: parseOtlpHeaders(env().OTEL_EXPORTER_OTLP_HEADERS) });
}

function send(exporter: SpanExporter, spans: ReturnType<typeof runSpans>): Promise<void> {
  return new Promise((resolve, reject) =>
    exporter.export(spans, (result) => (result.code === ExportResultCode.SUCCESS ? resolve() : reject(result.error ?? new Error("OTLP export failed")))),
  );
}

const claimKey = (runId: string) => `otel:run:${runId}`;

export interface ExportOptions {
  exporter: SpanExporter;
  store?: Store;
  now?: Date;
  lookbackMs?: number;
}

/** Exports runs that finished recently and no instance has exported yet; returns how many went out. */
export async function exportFinishedRuns(options: ExportOptions): Promise<number> {
  const store = options.store ?? getStore();
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - (options.lookbackMs ?? LOOKBACK_MS));
  const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: env().OTEL_SERVICE_NAME });
  let exported = 0;
  let after: { finishedAt: Date; id: string } | null = null;
  for (;;) {
    const runs: TraceRun[] = await db.run.findMany({
      where: {
        finishedAt: { gte: since, lte: now },
        ...(after ? { OR: [{ finishedAt: { gt: after.finishedAt } }, { finishedAt: after.finishedAt, id: { gt: after.id } }] } : {}),
      },
      select: { id: true, documentId: true, tenantId: true, status: true, docType: true, decision: true, confidence: true, spentMicros: true, error: true, createdAt: true, startedAt: true, finishedAt: true },
      orderBy: [{ finishedAt: "asc" }, { id: "asc" }],
      take: BATCH,
    });
    for (const run of runs) {
      if (!(await store.setIfAbsent(claimKey(run.id), "1", CLAIM_TTL_MS))) continue;
      try {
        const [steps, calls] = await Promise.all([db.agentStep.findMany({ where: { runId: run.id } }), db.modelCall.findMany({ where: { runId: run.id } })]);
        await send(options.exporter, runSpans(run, steps, calls, resource, SCOPE));
        exported++;
      } catch (error) {
        // The endpoint is failing: give the claim back and leave the rest for the next pass.
        await store.del(claimKey(run.id));
        log.warn({ err: error, runId: run.id }, "traces: OTLP export failed; will retry");
        return exported;
      }
    }
    if (runs.length < BATCH) break;
    const last = runs[runs.length - 1]!;
    after = { finishedAt: last.finishedAt!, id: last.id };
  }
  return exported;
}

/** Started by background work; a no-op without an endpoint. */
export function startTraceExport(): { stop(): Promise<void> } {
  const exporter = createTraceExporter();
  if (!exporter) return { stop: async () => undefined };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= exportFinishedRuns({ exporter })
      .catch((error: unknown) => log.error({ err: error }, "traces: export pass failed"))
      .finally(() => (running = null));
  }, INTERVAL_MS);
  timer.unref();
  log.info({ endpoint: env().OTEL_EXPORTER_OTLP_ENDPOINT }, "traces: exporting finished runs over OTLP");
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await exporter.shutdown();
    },
  };
}
