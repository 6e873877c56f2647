import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("runs embedded with nothing configured", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.SIEVE_DATA_DIR).toBe(".data");
  });

  it("accepts real PostgreSQL and Redis URLs", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@127.0.0.1:5432/sieve", REDIS_URL: "redis://127.0.0.1:6379" });
    expect(env.DATABASE_URL).toBe("postgresql://u@127.0.0.1:5432/sieve");
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
  });

  it("rejects a malformed DATABASE_URL with a one-line explanation", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql:/nope" })).toThrow(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: "mysql:/nope" })).toThrow(/^Invalid configuration: DATABASE_URL must be a URL like postgresql:\/\//);
  });

  it("runs pipeline work in-process unless told workers take it from the queue, which needs Redis", () => {
    expect(parseEnv({}).SIEVE_WORKERS).toBe("in-process");
    expect(parseEnv({ SIEVE_WORKERS: "external", REDIS_URL: "redis://127.0.0.1:6379" }).SIEVE_WORKERS).toBe("external");
    expect(() => parseEnv({ SIEVE_WORKERS: "external" })).toThrow(/SIEVE_WORKERS is "external", which needs REDIS_URL/);
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ REDIS_URL: "" }).REDIS_URL).toBeUndefined();
  });
});
