import { describe, expect, it } from "vitest";
import { budgetLevel, crossedThreshold, usageRatio } from "@/lib/budgets/budget-levels";

describe("budget levels", () => {
  it("warns from 80% and is exceeded from 100%", () => {
    expect(budgetLevel(79_999, 100_000)).toBe("ok");
    expect(budgetLevel(80_000, 100_000)).toBe("warning");
    expect(budgetLevel(99_999, 100_000)).toBe("warning");
    expect(budgetLevel(100_000, 100_000)).toBe("exceeded");
  });

  it("raises only the highest threshold crossed", () => {
    expect(crossedThreshold(10, 100)).toBeNull();
    expect(crossedThreshold(85, 100)).toBe(80);
    expect(crossedThreshold(250, 100)).toBe(100);
  });

  it("treats a zero limit as exceeded by any spend", () => {
    expect(budgetLevel(0, 0)).toBe("ok");
    expect(budgetLevel(1, 0)).toBe("exceeded");
    expect(usageRatio(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
