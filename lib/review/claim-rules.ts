import { AppError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

// Who may claim or act on a review item, decided without I/O. The database enforces the same
// conditions atomically (conditional UPDATEs built from `claimableBy`); these functions explain
// to the reviewer why an update matched nothing.

export interface ClaimState {
  status: ReviewStatus;
  assigneeId: string | null;
  claimExpiresAt: Date | null;
  assigneeName?: string | null;
  resolvedByName?: string | null;
}

export function claimExpiry(now: Date, ttlSeconds: number): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}

export function isLiveClaim(item: ClaimState, now: Date): boolean {
  return item.status === "claimed" && item.claimExpiresAt !== null && item.claimExpiresAt > now;
}

/** Open, or claimed by this user (renewal), or claimed by anyone whose claim has expired. */
export function claimableBy(userId: string, now: Date): Prisma.ReviewItemWhereInput {
  return {
    OR: [
      { status: "open" },
      { status: "claimed", assigneeId: userId },
      { status: "claimed", claimExpiresAt: { lt: now } },
    ],
  };
}

export function canClaim(item: ClaimState, userId: string, now: Date): boolean {
  return item.status === "open" || (item.status === "claimed" && (item.assigneeId === userId || !isLiveClaim(item, now)));
}

/** Acting (editing, deciding) needs the reviewer's own claim; an expired one still counts until someone else takes it. */
export function canAct(item: ClaimState, userId: string): boolean {
  return item.status === "claimed" && item.assigneeId === userId;
}

const time = (d: Date) => d.toISOString().slice(11, 16) + " UTC";

/** The refusal a reviewer sees when a claim or an action on this item is not allowed now. */
export function refusal(item: ClaimState, userId: string, now: Date, attempt: "claim" | "act"): AppError {
  if (item.status === "resolved") {
    return new AppError("invalid_state", `This item was already resolved${item.resolvedByName ? ` by ${item.resolvedByName}` : ""}`);
  }
  if (item.status === "claimed" && item.assigneeId !== userId && isLiveClaim(item, now)) {
    return new AppError("already_claimed", `${item.assigneeName ?? "Another reviewer"} is working on this item (claim held until ${time(item.claimExpiresAt!)})`, {
      assigneeId: item.assigneeId,
      claimExpiresAt: item.claimExpiresAt!.toISOString(),
    });
  }
  if (attempt === "act") {
    return new AppError("invalid_state", "Claim this item before changing it (a claim left idle expires); your edit was not saved");
  }
  return new AppError("conflict", "The item changed while you were claiming it; try again");
}
