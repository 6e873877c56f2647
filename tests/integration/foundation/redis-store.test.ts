import { describe, inject } from "vitest";
import crypto from "node:crypto";
import { RedisStore } from "@/lib/store/redis-store";
import { describeStoreContract } from "../../support/store-contract";

describe("Redis store (real Redis)", () => {
  describeStoreContract(() => new RedisStore(inject("redisUrl"), `${inject("redisPrefix")}${crypto.randomUUID()}:`));
});
