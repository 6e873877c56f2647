import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/core/errors";
import { getStore } from "@/lib/store/get-store";

// Password guessing is slowed, never turned into a lock-out: a wrong password makes the next try
// of that account *from that address* wait exponentially longer, so an attacker elsewhere only
// slows themselves. Two looser limits catch the spread-out cases: an address failing on many
// accounts is refused for a while (only that address), and an account failing from many
// addresses loses its free attempts (every address waits from its first failure on, briefly).

const WINDOW_MS = 15 * 60_000;
/** Failures of one account from one address before waiting starts (typos are free). */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
/** Failures from one address, on any accounts, before that address is refused for the window. */
const ADDRESS_LIMIT = 100;
/** Failures of one account, from any addresses, before its free attempts are withdrawn. */
const ACCOUNT_LIMIT = 30;

/** Where a sign-in comes from when the request does not say (tests, scripts). */
export const UNKNOWN_ADDRESS = "unknown";

export interface FailureCounts {
  /** Failures of this account from this address within the window, the current one included. */
  pair: number;
  /** Failures of this account from any address within the window. */
  account: number;
}

/** Pure: how long the same account and address must wait after this failure (0 = no wait). */
export function delayAfterFailure(counts: FailureCounts): number {
  const free = counts.account > ACCOUNT_LIMIT ? 0 : FREE_FAILURES;
  const over = counts.pair - free;
  return over <= 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (over - 1));
}

/** Pure: whether an address has failed so often, on any accounts, that it is refused outright. */
export const addressBlocked = (addressFailures: number) => addressFailures >= ADDRESS_LIMIT;

/**
 * The caller's address as the proxy in front saw it: the last X-Forwarded-For entry is the one
 * our own proxy appended (deploy/nginx.conf); entries before it are the client's to invent.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || UNKNOWN_ADDRESS;
}

const digest = (value: string) => crypto.createHash("sha256").update(value).digest("base64url").slice(0, 22);
const keys = (email: string, address: string) => {
  const pair = `signin:pair:${digest(`${email}\n${address}`)}`;
  return { pairCount: pair, pairWait: `${pair}:wait`, account: `signin:account:${digest(email)}`, address: `signin:address:${digest(address)}` };
};

function refuse(retryAfterMs: number): never {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new AppError("rate_limited", `Too many failed sign-ins; try again in ${seconds} s`, { retryAfterSeconds: seconds }, { "Retry-After": String(seconds) });
}

export async function assertSignInAllowed(email: string, address: string): Promise<void> {
  const store = getStore();
  const k = keys(email, address);
  const [waitUntil, addressFailures] = await Promise.all([store.get(k.pairWait), store.get(k.address)]);
  if (addressBlocked(Number(addressFailures ?? 0))) refuse(WINDOW_MS);
  const remaining = Number(waitUntil ?? 0) - Date.now();
  if (remaining > 0) refuse(remaining);
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const store = getStore();
  const k = keys(email, address);
  const [pair, account] = await Promise.all([store.incr(k.pairCount, 1, WINDOW_MS), store.incr(k.account, 1, WINDOW_MS), store.incr(k.address, 1, WINDOW_MS)]);
  const delay = delayAfterFailure({ pair, account });
  if (delay > 0) await store.set(k.pairWait, String(Date.now() + delay), delay);
}

/** A right password from this address: its typos are forgiven (the account and address counts stay). */
export async function recordSignInSuccess(email: string, address: string): Promise<void> {
  const store = getStore();
  const k = keys(email, address);
  await Promise.all([store.del(k.pairCount), store.del(k.pairWait)]);
}
