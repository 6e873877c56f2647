import "server-only";

// Rows that every run in the process writes (its events, its step records), gathered into one
// statement per batch. With hundreds of runs in flight, a Prisma call per row costs the main
// thread more than the whole batch's INSERT … FROM unnest(…) does.

/** `soon`: at the end of this turn of the event loop (someone waits for it); `batched`: within the batch delay. */
export type WhenWritten = "soon" | "batched";

interface Entry<T> {
  items: T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class WriteBatch<T> {
  private entries: Entry<T>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;

  constructor(
    private readonly options: {
      /** How long `batched` items wait for others. */
      delayMs?: number;
      /** Writes all the items or throws. */
      write: (items: T[]) => Promise<void>;
      /** Told when a batch failed and is retried one caller at a time (core logs nothing itself). */
      onBatchFailed?: (error: unknown, entries: number) => void;
    },
  ) {}

  /** Resolves once the items are written; rejects when they could not be. */
  write(items: T[], when: WhenWritten): Promise<void> {
    const written = new Promise<void>((resolve, reject) => this.entries.push({ items, resolve, reject }));
    if (when === "soon") this.expedite();
    else this.timer ??= setTimeout(() => this.flush(), this.options.delayMs ?? 0);
    return written;
  }

  /** Whatever is queued goes out at the end of this turn of the event loop. */
  expedite(): void {
    if (this.entries.length > 0) this.immediate ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
    const entries = this.entries.splice(0);
    if (entries.length > 0) void this.writeEntries(entries);
  }

  private async writeEntries(entries: Entry<T>[]): Promise<void> {
    try {
      await this.options.write(entries.flatMap((e) => e.items));
      for (const entry of entries) entry.resolve();
    } catch (error) {
      if (entries.length === 1) return entries[0]!.reject(error);
      // One caller's bad row (say, its run was deleted meanwhile) must not sink everyone else's.
      this.options.onBatchFailed?.(error, entries.length);
      for (const entry of entries) await this.options.write(entry.items).then(entry.resolve, entry.reject);
    }
  }
}
