import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Budget, Prisma } from "@/lib/generated/prisma/client";
import type { BudgetScope } from "@/lib/generated/prisma/enums";
import { hasRole, ROLE_REFUSAL } from "@/lib/auth/roles";
import { forgetCachedBudgets } from "@/lib/gateway/budget-guard";
import { limitsFor, periodStart } from "@/lib/gateway/budget-math";
import { getStore } from "@/lib/store/get-store";
import { scopedSpend, type SpendScope } from "@/lib/spend/scoped-spend";
import { rolledUntil } from "@/lib/spend/rollup";
import { budgetLevel, usageRatio } from "@/lib/budgets/budget-levels";
import {
  budgetInputSchema,
  budgetUpdateSchema,
  RUN_CAP_IDS,
  type BudgetInput,
  type BudgetsPage,
  type BudgetUpdate,
  type BudgetUsage,
} from "@/lib/budgets/budget-contract";
import { runCapSettings } from "@/lib/budgets/run-caps";

// Admin CRUD for Budget rows and their usage. The gateway enforces them (lib/gateway/budget-guard);
// this module only writes the rows, tells this instance's gateway to reload, and reads usage.

/** Run caps and global budgets bind every tenant: their admins see them, operators change them. */
function checkMayChange(actor: UserActor, scope: BudgetScope) {
  if ((scope === "run" || scope === "global") && !hasRole(actor.role, "operator")) throw new AppError("forbidden", ROLE_REFUSAL.operator);
}

/** Run caps and global budgets are installation-wide; tenant and token budgets belong to one tenant. */
async function visibleWhere(tenantId: string): Promise<Prisma.BudgetWhereInput> {
  const tokens = await db.apiToken.findMany({ where: { tenantId }, select: { id: true } });
  return {
    OR: [{ scope: { in: ["run", "global"] } }, { scope: "tenant", scopeId: tenantId }, { scope: "token", scopeId: { in: tokens.map((t) => t.id) } }],
  };
}

export function spendScopeOf(budget: Pick<Budget, "scope" | "scopeId">): SpendScope | null {
  if (budget.scope === "token") return { kind: "token", id: budget.scopeId };
  if (budget.scope === "tenant") return { kind: "tenant", id: budget.scopeId };
  if (budget.scope === "global") return { kind: "global" };
  return null;
}

export async function budgetUsage(budget: Budget, now: Date, mark?: Date | null): Promise<BudgetUsage | null> {
  const scope = spendScopeOf(budget);
  if (!scope || budget.period === "run") return null;
  const start = periodStart(budget.period, now);
  const subject = budget.scope === "token" ? { apiTokenId: budget.scopeId } : budget.scope === "tenant" ? { tenantId: budget.scopeId } : {};
  const [limit] = limitsFor(subject, [budget], now);
  const [spent, counter] = await Promise.all([scopedSpend(scope, { from: start, to: now }, mark), limit ? getStore().get(limit.key) : null]);
  const limitMicros = Number(budget.limitMicros);
  return {
    periodStart: start.toISOString(),
    spentMicros: spent,
    reservedMicros: counter === null ? null : Number(counter),
    ratio: usageRatio(spent, limitMicros),
    level: budgetLevel(spent, limitMicros),
  };
}

function labelOf(budget: Budget, tokens: Map<string, { name: string; prefix: string }>): string {
  if (budget.scope === "run") return budget.scopeId === RUN_CAP_IDS.max ? "Per-run cap: maximum a caller may request" : "Per-run cap: default";
  if (budget.scope === "global") return "Whole installation";
  if (budget.scope === "tenant") return "This tenant";
  const token = tokens.get(budget.scopeId);
  return token ? `API token ${token.name} (${token.prefix})` : `API token ${budget.scopeId}`;
}

export async function listBudgets(tenantId: string, now = new Date()): Promise<BudgetsPage> {
  const [rows, tokens, runCaps, mark] = await Promise.all([
    visibleWhere(tenantId).then((where) => db.budget.findMany({ where, orderBy: [{ scope: "asc" }, { period: "asc" }, { createdAt: "asc" }] })),
    db.apiToken.findMany({ where: { tenantId, revokedAt: null }, select: { id: true, name: true, prefix: true }, orderBy: { name: "asc" } }),
    runCapSettings(),
    rolledUntil(),
  ]);
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const budgets = await Promise.all(
    rows.map(async (b) => ({
      id: b.id,
      scope: b.scope,
      scopeId: b.scopeId,
      period: b.period,
      limitMicros: Number(b.limitMicros),
      label: labelOf(b, byId),
      usage: await budgetUsage(b, now, mark),
    })),
  );
  return { budgets, runCaps, tokens };
}

function auditBudget(tx: Prisma.TransactionClient, actor: UserActor, action: string, budget: Budget, before?: Budget) {
  return audit(tx, actor, action, { type: "budget", id: budget.id }, {
    scope: budget.scope,
    scopeId: budget.scopeId,
    period: budget.period,
    limitMicros: Number(budget.limitMicros),
    ...(before ? { previousLimitMicros: Number(before.limitMicros) } : {}),
  });
}

/** The default per-run cap may not exceed the maximum (either side may still come from configuration). */
async function checkRunCaps(change: { scopeId: string; limitMicros: number }) {
  const caps = await runCapSettings();
  const next = { ...caps, [change.scopeId === RUN_CAP_IDS.max ? "maxMicros" : "defaultMicros"]: change.limitMicros };
  if (next.defaultMicros > next.maxMicros) {
    throw new AppError("invalid_request", "The default per-run cap cannot be above the maximum", { defaultMicros: next.defaultMicros, maxMicros: next.maxMicros });
  }
}

export async function createBudget(actor: UserActor, input: BudgetInput): Promise<Budget> {
  const data = budgetInputSchema.parse(input);
  checkMayChange(actor, data.scope);
  let scopeId = "";
  if (data.scope === "run") scopeId = data.scopeId;
  if (data.scope === "tenant") scopeId = actor.tenantId;
  if (data.scope === "token") {
    const token = await db.apiToken.findFirst({ where: { id: data.scopeId, tenantId: actor.tenantId } });
    if (!token) throw notFound("API token");
    scopeId = token.id;
  }
  if (data.scope === "run") await checkRunCaps({ scopeId, limitMicros: data.limitMicros });
  const period = data.scope === "run" ? "run" : data.period;
  const existing = await db.budget.findUnique({ where: { scope_scopeId_period: { scope: data.scope, scopeId, period } } });
  if (existing) throw new AppError("conflict", "That budget already exists; change its limit instead", { id: existing.id });
  const budget = await db
    .$transaction(async (tx) => {
      const created = await tx.budget.create({ data: { scope: data.scope, scopeId, period, limitMicros: BigInt(data.limitMicros) } });
      await auditBudget(tx, actor, "budget.created", created);
      return created;
    })
    .catch((error: unknown) => {
      // Two admins creating the same budget at once: the unique index decides, the loser gets a conflict.
      if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "That budget already exists; change its limit instead");
      throw error;
    });
  forgetCachedBudgets();
  return budget;
}

async function findVisible(actor: UserActor, id: string): Promise<Budget> {
  const budget = await db.budget.findFirst({ where: { AND: [{ id }, await visibleWhere(actor.tenantId)] } });
  if (!budget) throw notFound("Budget");
  return budget;
}

export async function updateBudget(actor: UserActor, id: string, input: BudgetUpdate): Promise<Budget> {
  const { limitMicros } = budgetUpdateSchema.parse(input);
  const before = await findVisible(actor, id);
  checkMayChange(actor, before.scope);
  if (before.scope === "run") await checkRunCaps({ scopeId: before.scopeId, limitMicros });
  const budget = await db.$transaction(async (tx) => {
    const updated = await tx.budget.update({ where: { id }, data: { limitMicros: BigInt(limitMicros) } });
    await auditBudget(tx, actor, "budget.updated", updated, before);
    return updated;
  });
  forgetCachedBudgets();
  return budget;
}

export async function deleteBudget(actor: UserActor, id: string): Promise<void> {
  const budget = await findVisible(actor, id);
  checkMayChange(actor, budget.scope);
  await db.$transaction(async (tx) => {
    await tx.budget.delete({ where: { id } });
    await auditBudget(tx, actor, "budget.deleted", budget);
  });
  forgetCachedBudgets();
}

/** A Budget as JSON (limitMicros is a BigInt in the database, a number on the wire). */
export const budgetJson = (b: Budget) => ({ id: b.id, scope: b.scope, scopeId: b.scopeId, period: b.period, limitMicros: Number(b.limitMicros) });
