import "server-only";
import { AppError } from "@/lib/core/errors";
import { getStore } from "@/lib/store/get-store";

// Failed sign-ins per email in a sliding-enough fixed window: slows password guessing without
// locking out a user who signs in often (successes are not counted).
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;
const key = (email: string) => `signin-failures:${email}`;

export async function assertSignInAllowed(email: string): Promise<void> {
  const failures = Number((await getStore().get(key(email))) ?? 0);
  if (failures >= MAX_FAILURES) {
    throw new AppError("rate_limited", "Too many failed sign-ins for this email; try again in 15 minutes", { retryAfterSeconds: WINDOW_MS / 1000 }, { "Retry-After": String(WINDOW_MS / 1000) });
  }
}

export async function recordSignInFailure(email: string): Promise<void> {
  await getStore().incr(key(email), 1, WINDOW_MS);
}
