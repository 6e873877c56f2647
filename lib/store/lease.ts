import type { Lock } from "@/lib/store/store";

// A lock held as a lease: short-lived, renewed while its holder is alive, so it dies with a
// crashed holder within one lease instead of outliving it by minutes.

/** Renews `lock` every third of `leaseMs` until the returned function is called. */
export function keepLeased(lock: Lock, leaseMs: number, onLost: () => void = () => undefined): () => void {
  const timer = setInterval(() => {
    lock.extend(leaseMs).then(
      (held) => held || onLost(),
      () => undefined,
    );
  }, Math.max(100, Math.floor(leaseMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}
