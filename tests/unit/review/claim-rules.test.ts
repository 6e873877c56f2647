import { describe, expect, it } from "vitest";
import { canAct, canClaim, claimExpiry, isLiveClaim, refusal } from "@/lib/review/claim-rules";
import { decisionBlocker } from "@/lib/review/decision-rules";

const now = new Date("2026-11-20T10:00:00Z");
const later = new Date("2026-11-20T10:10:00Z");
const earlier = new Date("2026-11-20T09:50:00Z");

describe("claim rules", () => {
  it("lets anyone claim an open item, or one whose claim has expired", () => {
    expect(canClaim({ status: "open", assigneeId: null, claimExpiresAt: null }, "u1", now)).toBe(true);
    expect(canClaim({ status: "claimed", assigneeId: "u2", claimExpiresAt: earlier }, "u1", now)).toBe(true);
    expect(canClaim({ status: "claimed", assigneeId: "u2", claimExpiresAt: later }, "u1", now)).toBe(false);
    expect(canClaim({ status: "resolved", assigneeId: null, claimExpiresAt: null }, "u1", now)).toBe(false);
  });

  it("lets the holder renew and act, and nobody else", () => {
    const mine = { status: "claimed" as const, assigneeId: "u1", claimExpiresAt: later };
    expect(canClaim(mine, "u1", now)).toBe(true);
    expect(canAct(mine, "u1")).toBe(true);
    expect(canAct(mine, "u2")).toBe(false);
    expect(isLiveClaim(mine, now)).toBe(true);
    expect(claimExpiry(now, 900)).toEqual(new Date("2026-11-20T10:15:00Z"));
  });

  it("explains refusals with who holds the item and until when", () => {
    const held = refusal({ status: "claimed", assigneeId: "u2", assigneeName: "Bea", claimExpiresAt: later }, "u1", now, "claim");
    expect(held.code).toBe("already_claimed");
    expect(held.message).toContain("Bea is working on this item");
    expect(held.message).toContain("10:10 UTC");
    expect(refusal({ status: "resolved", assigneeId: null, claimExpiresAt: null, resolvedByName: "Bea" }, "u1", now, "act").message).toBe(
      "This item was already resolved by Bea",
    );
    expect(refusal({ status: "open", assigneeId: null, claimExpiresAt: null }, "u1", now, "act").code).toBe("invalid_state");
  });
});

describe("decision rules", () => {
  it("refuses to approve while the pipeline waits for an answer, but allows rejecting", () => {
    expect(decisionBlocker("approve", "waiting_for_answer", 1)).toMatch(/waiting for an answer/);
    expect(decisionBlocker("reject", "waiting_for_answer", 1)).toBeNull();
  });

  it("allows deciding a run in review or an audit-sampled approved run, not a running one", () => {
    expect(decisionBlocker("approve", "needs_review", 0)).toBeNull();
    expect(decisionBlocker("reject", "approved", 0)).toBeNull();
    expect(decisionBlocker("approve", "running", 0)).toMatch(/still working/);
    expect(decisionBlocker("reject", "cancelled", 0)).toMatch(/run is cancelled; it can no longer be approved or rejected/);
  });
});
