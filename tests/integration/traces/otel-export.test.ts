import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTraceExporter, exportFinishedRuns } from "@/lib/traces/otel-export";
import { traceIdOf } from "@/lib/traces/otel-spans";
import { createTenantWithUsers } from "../../support/factories";
import { seedTracedRun } from "./trace-seed";

// A local OTLP/HTTP receiver (what a Collector, Jaeger or Langfuse listens on) gets the run's spans.

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  status?: { code?: number; message?: string };
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

const requests: Array<{ path: string; contentType: string; body: { resourceSpans: Array<{ resource: { attributes: OtlpSpan["attributes"] }; scopeSpans: Array<{ spans: OtlpSpan[] }> }> } }> = [];
let failNext = 0;
let server: http.Server;
let endpoint: string;

const attr = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      if (failNext-- > 0) {
        // 400 is not retried by the exporter itself, so the failure reaches exportFinishedRuns.
        res.statusCode = 400;
        return res.end();
      }
      requests.push({ path: req.url ?? "", contentType: String(req.headers["content-type"]), body: JSON.parse(body) });
      res.setHeader("content-type", "application/json");
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("OpenTelemetry export", () => {
  it("sends a finished run as GenAI spans once, and retries after the endpoint fails", async () => {
    const { tenant } = await createTenantWithUsers("otel");
    const { run, steps } = await seedTracedRun(db, { tenantId: tenant.id, start: new Date(Date.now() - 30_000) });
    const exporter = createTraceExporter(endpoint)!;
    const mine = () => requests.flatMap((r) => r.body.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans))).filter((s) => s.traceId === traceIdOf(run.id));

    failNext = 1;
    await exportFinishedRuns({ exporter });
    expect(mine()).toHaveLength(0);
    await exportFinishedRuns({ exporter });
    await exportFinishedRuns({ exporter });
    const spans = mine();
    expect(spans).toHaveLength(1 + 5 + 6);
    expect(requests[0]!.path).toBe("/v1/traces");
    expect(requests[0]!.contentType).toContain("application/json");
    expect(requests[0]!.body.resourceSpans[0]!.resource.attributes).toContainEqual({ key: "service.name", value: { stringValue: "sieve" } });

    const root = spans.find((s) => s.name === "invoke_workflow sieve.document")!;
    expect(root.parentSpanId ?? "").toBe("");
    expect(attr(root, "gen_ai.operation.name")).toBe("invoke_workflow");
    expect(attr(root, "sieve.run.id")).toBe(run.id);

    const agent = spans.find((s) => attr(s, "gen_ai.agent.id") === steps.extraction.id && s.name === "invoke_agent extraction")!;
    expect(agent.parentSpanId).toBe(root.spanId);
    expect(attr(agent, "gen_ai.operation.name")).toBe("invoke_agent");
    expect(attr(agent, "sieve.step.escalation_reason")).toBe("total confidence 0.41 below 0.80");

    const chats = spans.filter((s) => s.parentSpanId === agent.spanId);
    expect(chats.map((s) => s.name)).toEqual(["chat gpt-4.1-mini", "chat gpt-4.1-mini"]);
    const [failed, retried] = [...chats].sort((a, b) => Number(attr(a, "sieve.attempt")) - Number(attr(b, "sieve.attempt")));
    expect(attr(failed!, "error.type")).toBe("rate_limited");
    expect(failed!.status?.code).toBe(2);
    expect(attr(retried!, "gen_ai.provider.name")).toBe("openai");
    expect(attr(retried!, "gen_ai.request.model")).toBe("gpt-4.1-mini");
    expect(attr(retried!, "gen_ai.usage.input_tokens")).toBe(3210);
    expect(attr(retried!, "gen_ai.usage.output_tokens")).toBe(642);
    expect(attr(retried!, "sieve.cost_micros")).toBe(2312);
    expect(BigInt(retried!.endTimeUnixNano) - BigInt(retried!.startTimeUnixNano)).toBe(3_600_000_000n);
    const cached = spans.find((s) => attr(s, "sieve.cache_hit") === true)!;
    expect(attr(cached, "gen_ai.agent.name")).toBe("summarisation");
  });
});
