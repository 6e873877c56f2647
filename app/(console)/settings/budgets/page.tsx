import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { hasRole } from "@/lib/auth/roles";
import { webhookView } from "@/lib/alerts/webhook-settings";
import { listBudgets } from "@/lib/budgets/budget-admin";
import { BudgetsScreen } from "@/components/budgets/budgets-screen";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const user = await requireConsoleUser("/settings/budgets", "admin");
  const canOperate = hasRole(user.role, "operator");
  const [page, webhook] = await Promise.all([listBudgets(user.tenantId), canOperate ? webhookView() : null]);
  return <BudgetsScreen initial={page} webhook={webhook} canOperate={canOperate} />;
}
