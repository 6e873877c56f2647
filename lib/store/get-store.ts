import "server-only";
import { env } from "@/lib/env";
import { MemoryStore } from "@/lib/store/memory-store";
import { RedisStore } from "@/lib/store/redis-store";
import type { Store } from "@/lib/store/store";

const holder = globalThis as unknown as { sieveStore?: Store };

/** Redis when REDIS_URL is set, otherwise the in-process store; one per process. */
export function getStore(): Store {
  holder.sieveStore ??= env().REDIS_URL ? new RedisStore(env().REDIS_URL!, env().REDIS_KEY_PREFIX) : new MemoryStore();
  return holder.sieveStore;
}

export async function closeStore(): Promise<void> {
  const store = holder.sieveStore;
  holder.sieveStore = undefined;
  await store?.close();
}
