import "server-only";
import { AppError } from "@/lib/core/errors";
import type { Principal } from "@/lib/core/actor";
import type { Actor } from "@/lib/review/claims";

/** The console user behind a review request (review routes authenticate with `consoleOnly`). */
export function reviewActor(principal: Principal, requestId: string): Actor {
  if (principal.kind !== "user") throw new AppError("forbidden", "The review console is for signed-in users");
  return { tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId };
}
