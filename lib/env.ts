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

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl(["postgres://", "postgresql://"], "postgresql://user@127.0.0.1:5432/sieve"),
  SIEVE_DATA_DIR: z.string().min(1).default(".data"),
  REDIS_URL: optionalUrl(["redis://", "rediss://"], "redis://127.0.0.1:6379"),
  REDIS_KEY_PREFIX: z.string().default("sieve:"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SIEVE_SEED_ON_START: z.stringbool().default(true),
  // A known demo password for tests and demos; unset, the seed makes random ones and prints them once.
  SIEVE_DEMO_PASSWORD: z.string().min(8).optional(),
});

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
