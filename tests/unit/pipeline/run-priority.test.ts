import { describe, expect, it } from "vitest";
import { runPriority } from "@/lib/pipeline/run-priority";

describe("run priority on the queue", () => {
  it("puts a run resumed by an answer before any new document", () => {
    expect(runPriority({ resumed: true, bytes: 50_000_000, pages: 50 })).toBeLessThan(runPriority({ resumed: false, bytes: 10, pages: 1 }));
  });

  it("takes small documents before large ones, by bytes or pages, whichever weighs more", () => {
    const photo = runPriority({ resumed: false, bytes: 300_000, pages: null });
    const scan = runPriority({ resumed: false, bytes: 2_000_000, pages: 3 });
    const contract = runPriority({ resumed: false, bytes: 400_000, pages: 50 });
    expect(photo).toBeLessThan(scan);
    expect(scan).toBeLessThan(contract);
  });

  it("stays within BullMQ's range however big the file", () => {
    expect(runPriority({ resumed: false, bytes: Number.MAX_SAFE_INTEGER, pages: null })).toBe(2_097_151);
  });
});
