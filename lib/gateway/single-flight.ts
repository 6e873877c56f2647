import type { Store } from "@/lib/store/store";

// Identical misses that overlap share one upstream call. In this process a promise is shared;
// across instances a short store lock elects one caller and the others wait for the cache to fill.

/** What a follower receives: the leader's serialized answer, or null to go upstream itself (leader aborted). */
export type FlightResult = string | null;

interface Flight {
  promise: Promise<FlightResult>;
  resolve(result: FlightResult): void;
  reject(error: unknown): void;
}

export class Flights {
  private readonly inflight = new Map<string, Flight>();

  constructor(private readonly store: Store) {}

  /** The flight already under way for `key`, if any. */
  join(key: string): Promise<FlightResult> | undefined {
    return this.inflight.get(key)?.promise;
  }

  /** Registers this caller as the leader for `key`; settle it exactly once. */
  lead(key: string): Omit<Flight, "promise"> {
    let resolve!: (result: FlightResult) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<FlightResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Followers handle rejections; an unjoined flight must not surface as an unhandled rejection.
    promise.catch(() => undefined);
    const flight = { promise, resolve, reject };
    this.inflight.set(key, flight);
    const done = () => {
      if (this.inflight.get(key) === flight) this.inflight.delete(key);
    };
    return {
      resolve: (result) => {
        done();
        resolve(result);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    };
  }

  /** The cross-instance lock's key for `key`: its holder is the one instance calling upstream. */
  lockKey(key: string): string {
    return `${key}:flight`;
  }

  /**
   * Waits for another instance's answer to appear in the cache. Null when its lock went away
   * without an answer (it failed or died), so this caller should go upstream itself.
   */
  async waitForFill(key: string, maxWaitMs: number, signal?: AbortSignal): Promise<string | null> {
    const deadline = Date.now() + maxWaitMs;
    for (let delay = 5; Date.now() < deadline && !signal?.aborted; delay = Math.min(delay * 2, 100)) {
      await new Promise((r) => setTimeout(r, delay));
      const [value, lock] = await Promise.all([this.store.get(key), this.store.get(this.lockKey(key))]);
      if (value) return value;
      if (!lock) return null;
    }
    return null;
  }
}
