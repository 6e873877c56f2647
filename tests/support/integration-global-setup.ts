import type { TestProject } from "vitest/node";
import { checkRedis, createThrowawayDatabase, deleteRedisKeys, TEST_REDIS_URL, uniquePrefix } from "./services";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    redisPrefix: string;
  }
}

// One throwaway PostgreSQL database and one Redis key prefix per test run, removed afterwards.
export default async function setup(project: TestProject) {
  await checkRedis();
  const database = await createThrowawayDatabase("it");
  const redisPrefix = uniquePrefix("it");
  project.provide("databaseUrl", database.url);
  project.provide("redisUrl", TEST_REDIS_URL);
  project.provide("redisPrefix", redisPrefix);
  return async () => {
    await database.drop();
    await deleteRedisKeys(redisPrefix);
  };
}
