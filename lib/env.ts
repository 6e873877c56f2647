import { z } from "zod";

// The only reader of process.env. Parsed once; a bad value stops the process with one readable line.
const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p) && URL.canParse(v)), {
      message: `must be a URL like ${example}`,
    });

const modelSpec = z
  .string()
  .trim()
  .regex(/^(local(:[\w.-]+)?|openai:[\w.:/-]+)$/, { message: 'must be "local", "local:<id>" or "openai:<model>"' });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl(["postgres://", "postgresql://"], "postgresql://user@127.0.0.1:5432/sieve"),
  SIEVE_DATA_DIR: z.string().min(1).default(".data"),
  REDIS_URL: optionalUrl(["redis://", "rediss://"], "redis://127.0.0.1:6379"),
  REDIS_KEY_PREFIX: z.string().default("sieve:"),
  // Pipeline runs (lib/pipeline/run-queue.ts): "in-process" executes them in the instance that
  // started them; "external" puts them on the BullMQ queue in Redis for `npm run worker` processes.
  SIEVE_WORKERS: z.enum(["in-process", "external"]).default("in-process"),
  // Worker processes: runs executed at once per process, runs per tenant across all workers (0: no
  // limit), and the job lease a crashed worker's runs wait out before another worker takes them.
  SIEVE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  SIEVE_TENANT_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(0),
  SIEVE_WORKER_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  // How long a stopping worker lets its runs finish before handing them back to the queue.
  SIEVE_WORKER_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SIEVE_SEED_ON_START: z.stringbool().default(true),
  // A known demo password for tests and demos; unset, the seed makes random ones and prints them once.
  SIEVE_DEMO_PASSWORD: z.string().min(8).optional(),
  // Model gateway (lib/gateway). A model spec is "local", "local:<id>" or "openai:<model id>".
  OPENAI_API_KEY: z.string().trim().optional().transform((v) => (v === "" ? undefined : v)),
  OPENAI_BASE_URL: optionalUrl(["http://", "https://"], "http://127.0.0.1:8000/v1"),
  OPENAI_API_STYLE: z.enum(["chat", "responses"]).default("chat"),
  SIEVE_MODEL_EXTRACTION: modelSpec.default("local"),
  SIEVE_MODEL_CLASSIFICATION: modelSpec.default("local"),
  SIEVE_MODEL_SUMMARISATION: modelSpec.default("local"),
  SIEVE_MODEL_VALIDATION: modelSpec.default("local"),
  SIEVE_FALLBACK_EXTRACTION: modelSpec.optional(),
  SIEVE_FALLBACK_CLASSIFICATION: modelSpec.optional(),
  SIEVE_FALLBACK_SUMMARISATION: modelSpec.optional(),
  SIEVE_FALLBACK_VALIDATION: modelSpec.optional(),
  // The LLM that local answers escalate to when the agent itself is configured as "local".
  SIEVE_ESCALATION_MODEL: modelSpec.default("openai:gpt-4.1-mini"),
  SIEVE_CACHE_TTL_SECONDS: z.coerce.number().int().nonnegative().default(86_400),
  SIEVE_MODEL_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  SIEVE_MODEL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  SIEVE_RUN_BUDGET_DEFAULT_MICROS: z.coerce.number().int().nonnegative().default(250_000),
  SIEVE_RUN_BUDGET_MAX_MICROS: z.coerce.number().int().nonnegative().default(5_000_000),
  // Review console: how long a claim holds without a heartbeat from the reviewer's open page.
  SIEVE_REVIEW_CLAIM_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  // HTTP API rate limits (lib/api/rate-limit.ts): requests per token (or console user) per window.
  SIEVE_API_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  SIEVE_API_UPLOAD_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  SIEVE_API_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  // Ingest (lib/ingest): uploads past these limits are refused before anything is stored.
  SIEVE_UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  SIEVE_UPLOAD_MAX_PAGES: z.coerce.number().int().positive().default(50),
  // PaddleOCR (lib/ingest/paddle-ocr.ts): onnxruntime intra-op threads per inference session.
  SIEVE_OCR_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  // Spend alerts (lib/alerts): how often detection runs, and when an hour's spend counts as a spike.
  SIEVE_ALERTS_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  SIEVE_ALERT_SPIKE_SIGMA: z.coerce.number().positive().default(3),
  SIEVE_ALERT_SPIKE_MIN_MICROS: z.coerce.number().int().nonnegative().default(1_000_000),
  // Lets the alert webhook point at loopback/private/link-local addresses (an on-premises receiver, tests).
  SIEVE_WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  // OpenTelemetry trace export (lib/traces): off unless an OTLP/HTTP endpoint is set.
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl(["http://", "https://"], "http://127.0.0.1:4318"),
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("sieve"),
})
  // Workers elsewhere take runs from the queue in Redis: without it they would never start.
  .refine((e) => e.SIEVE_WORKERS === "in-process" || e.REDIS_URL !== undefined, { path: ["SIEVE_WORKERS"], message: 'is "external", which needs REDIS_URL' });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = "invalid_config";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    try {
      cached = parseEnv(process.env);
    } catch (error) {
      if (error instanceof ConfigError && typeof process.exit === "function") {
        console.error(`sieve: ${error.message}`);
        process.exit(78);
      }
      throw error;
    }
  }
  return cached;
}
