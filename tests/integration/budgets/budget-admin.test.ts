import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { BudgetGuard } from "@/lib/gateway/budget-guard";
import { getStore } from "@/lib/store/get-store";
import { createBudget, deleteBudget, listBudgets, updateBudget } from "@/lib/budgets/budget-admin";
import { resolveRunCapSetting, runCapSettings } from "@/lib/budgets/run-caps";
import { createTenantWithUsers } from "../../support/factories";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => e.code);

async function tenantWithToken(label: string) {
  const { tenant, admin, operator } = await createTenantWithUsers(label);
  const token = await db.apiToken.create({ data: { tenantId: tenant.id, name: "mobile", prefix: `sv_${tenant.id.slice(-8)}`, tokenHash: `h-${tenant.id}`, scopes: ["upload"] } });
  return {
    tenant,
    admin,
    token,
    actor: { kind: "user" as const, tenantId: tenant.id, userId: admin.id, role: admin.role },
    operatorActor: { kind: "user" as const, tenantId: tenant.id, userId: operator.id, role: operator.role },
  };
}

describe("budgets admin", () => {
  it("sets a daily token cap and shows recorded spend and the gateway's live counter against it", async () => {
    const { tenant, token, actor } = await tenantWithToken("b1");
    const now = new Date();
    // Both inside today (UTC) even just after midnight.
    const today = (msAgo: number) => new Date(Math.max(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()), now.getTime() - msAgo));
    await db.modelCall.createMany({
      data: [
        { tenantId: tenant.id, apiTokenId: token.id, provider: "openai", model: "gpt-4.1-mini", costMicros: 30_000, createdAt: today(60_000) },
        { tenantId: tenant.id, apiTokenId: token.id, provider: "openai", model: "gpt-4.1-mini", costMicros: 55_000, createdAt: today(30_000) },
        // Yesterday's spend is outside today's period.
        { tenantId: tenant.id, apiTokenId: token.id, provider: "openai", model: "gpt-4.1-mini", costMicros: 999_000, createdAt: new Date(now.getTime() - 86_400_000 * 1.5) },
      ],
    });
    const budget = await createBudget(actor, { scope: "token", scopeId: token.id, period: "day", limitMicros: 100_000 });
    expect(budget.scopeId).toBe(token.id);

    // The gateway reserves against the same counter the page reads.
    const guard = new BudgetGuard(getStore());
    const limits = await guard.limits({ apiTokenId: token.id, tenantId: tenant.id }, now);
    await guard.reserve(limits, 5_000);

    const page = await listBudgets(tenant.id, now);
    const view = page.budgets.find((b) => b.id === budget.id)!;
    expect(view.label).toContain("mobile");
    expect(view.usage).toMatchObject({ spentMicros: 85_000, reservedMicros: 90_000, level: "warning" });
    expect(view.usage!.ratio).toBeCloseTo(0.85);

    await updateBudget(actor, budget.id, { limitMicros: 80_000 });
    expect((await listBudgets(tenant.id, now)).budgets.find((b) => b.id === budget.id)!.usage!.level).toBe("exceeded");
    const trail = await db.auditEvent.findMany({ where: { entityType: "budget", entityId: budget.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["budget.created", "budget.updated"]);
  });

  it("keeps tenants' budgets and tokens apart", async () => {
    const a = await tenantWithToken("b2a");
    const b = await tenantWithToken("b2b");
    expect(await codeOf(createBudget(a.actor, { scope: "token", scopeId: b.token.id, period: "day", limitMicros: 1 }))).toBe("not_found");
    const mine = await createBudget(a.actor, { scope: "tenant", period: "day", limitMicros: 1_000_000 });
    expect(mine.scopeId).toBe(a.tenant.id);
    expect((await listBudgets(b.tenant.id)).budgets.some((x) => x.id === mine.id)).toBe(false);
    expect(await codeOf(updateBudget(b.actor, mine.id, { limitMicros: 5 }))).toBe("not_found");
    expect(await codeOf(deleteBudget(b.actor, mine.id))).toBe("not_found");
    expect(await codeOf(createBudget(a.actor, { scope: "tenant", period: "day", limitMicros: 2 }))).toBe("conflict");
    await deleteBudget(a.actor, mine.id);
    expect(await db.budget.findUnique({ where: { id: mine.id } })).toBeNull();
  });

  it("lets operators set the per-run default and maximum, and refuses a default above the maximum", async () => {
    const { actor: tenantAdmin, operatorActor: actor } = await tenantWithToken("b3");
    // They bind every tenant: a tenant's admin may not set them, nor the installation's budget.
    expect(await codeOf(createBudget(tenantAdmin, { scope: "run", scopeId: "max", limitMicros: 1 }))).toBe("forbidden");
    expect(await codeOf(createBudget(tenantAdmin, { scope: "global", period: "day", limitMicros: 1 }))).toBe("forbidden");
    const max = await createBudget(actor, { scope: "run", scopeId: "max", limitMicros: 400_000 });
    expect(await codeOf(createBudget(actor, { scope: "run", scopeId: "default", limitMicros: 500_000 }))).toBe("invalid_request");
    const def = await createBudget(actor, { scope: "run", scopeId: "default", limitMicros: 120_000 });
    expect(await runCapSettings()).toMatchObject({ defaultMicros: 120_000, maxMicros: 400_000, source: { default: "admin", max: "admin" } });
    expect(await resolveRunCapSetting()).toBe(120_000);
    expect(await resolveRunCapSetting(300_000)).toBe(300_000);
    expect(await codeOf(resolveRunCapSetting(400_001))).toBe("invalid_request");
    expect(await codeOf(updateBudget(actor, max.id, { limitMicros: 100_000 }))).toBe("invalid_request");
    expect(await codeOf(updateBudget(tenantAdmin, max.id, { limitMicros: 500_000 }))).toBe("forbidden");
    expect(await codeOf(deleteBudget(tenantAdmin, max.id))).toBe("forbidden");
    expect((await listBudgets(tenantAdmin.tenantId)).runCaps).toMatchObject({ defaultMicros: 120_000, maxMicros: 400_000 });
    await deleteBudget(actor, def.id);
    await deleteBudget(actor, max.id);
    expect((await runCapSettings()).source).toEqual({ default: "config", max: "config" });
  });
});
