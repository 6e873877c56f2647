import "server-only";

/**
 * Starts in-app scheduled work (alert detection, stale-claim expiry, batched writers).
 * Each capability adds its starter here; every job must be idempotent across instances.
 */
export async function startBackgroundWork(): Promise<void> {}
