import { describe, expect, it } from "vitest";
import { formatDuration, slaState } from "@/lib/review/sla";

const now = new Date("2026-11-20T10:00:00Z");

describe("SLA timers", () => {
  it("grades an item by the time left before its deadline", () => {
    expect(slaState(null, now)).toEqual({ state: "none", remainingMs: null });
    expect(slaState("2026-11-20T12:00:00Z", now).state).toBe("ok");
    expect(slaState("2026-11-20T10:20:00Z", now).state).toBe("due_soon");
    expect(slaState(new Date("2026-11-20T09:59:00Z"), now)).toEqual({ state: "breached", remainingMs: -60_000 });
  });

  it("formats durations compactly, overdue ones negative", () => {
    expect(formatDuration(45_000)).toBe("45s");
    expect(formatDuration(12 * 60_000)).toBe("12m");
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000)).toBe("3h 05m");
    expect(formatDuration(-(50 * 3_600_000))).toBe("-2d 2h");
  });
});
