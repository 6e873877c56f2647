import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStore } from "@/lib/store/get-store";
import { CircuitBreakers, breakerId } from "@/lib/gateway/circuit-breaker";
import { DEFAULT_BREAKER } from "@/lib/gateway/config";
import { createBudget } from "@/lib/budgets/budget-admin";
import { raiseAll, runAlertTick } from "@/lib/alerts/alert-tick";
import { openBreakerAlerts, watchBreakers } from "@/lib/alerts/breaker-alerts";
import { createTenantWithUsers } from "../../support/factories";

describe("budget alerts", () => {
  it("raises 80% and then 100% once each per period", async () => {
    const { tenant, admin } = await createTenantWithUsers("budget-alerts");
    const budget = await createBudget({ kind: "user" as const, tenantId: tenant.id, userId: admin.id, role: admin.role }, { scope: "tenant", period: "day", limitMicros: 1_000_000 });
    const now = new Date();
    const today = new Date(Math.max(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()), now.getTime() - 60_000));
    const spend = (costMicros: number) => db.modelCall.create({ data: { tenantId: tenant.id, provider: "openai", model: "gpt-4.1-mini", costMicros, createdAt: today } });
    const alerts = () => db.spendAlert.findMany({ where: { budgetId: budget.id }, orderBy: { createdAt: "asc" } });

    await spend(700_000);
    await runAlertTick({ now });
    expect(await alerts()).toHaveLength(0);

    await spend(150_000);
    await runAlertTick({ now });
    await runAlertTick({ now });
    expect((await alerts()).map((a) => a.kind)).toEqual(["budget_80"]);
    expect((await alerts())[0]).toMatchObject({ tenantId: tenant.id, observedMicros: 850_000n });

    await spend(200_000);
    await Promise.all([runAlertTick({ now }), runAlertTick({ now })]);
    await runAlertTick({ now });
    const raised = await alerts();
    expect(raised.map((a) => a.kind)).toEqual(["budget_80", "budget_100"]);
    expect(raised[1]!.message).toContain("105%");
  });
});

describe("circuit breaker alerts", () => {
  it("raises one alert when a breaker opens, whether heard from the gateway or read from the shared state", async () => {
    const store = getStore();
    const model = `flaky-${crypto.randomBytes(3).toString("hex")}`;
    const id = breakerId("openai", model);
    const breakers = new CircuitBreakers(store, { ...DEFAULT_BREAKER, minCalls: 4 }, 1_000);
    const heard: Promise<unknown>[] = [];
    const unwatch = watchBreakers((alert) => {
      const raised = raiseAll([alert]);
      heard.push(raised);
      return raised;
    });
    try {
      for (let i = 0; i < 4; i++) {
        const ticket = await breakers.admit(id);
        if (ticket.ok) await breakers.failure(ticket);
      }
      expect((await breakers.status(id)).state).toBe("open");
      await Promise.all(heard);
      // Another instance that knows the breaker finds it open and raises the same dedupe key.
      expect(await raiseAll(await openBreakerAlerts(store))).toBe(0);
      await runAlertTick({});
      const alerts = await db.spendAlert.findMany({ where: { kind: "breaker_open", dedupeKey: { startsWith: `breaker_open:${id}:` } } });
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ tenantId: null });
      expect(alerts[0]!.message).toContain(model);
    } finally {
      unwatch();
    }
  });
});
