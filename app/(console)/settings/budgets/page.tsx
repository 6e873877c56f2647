import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { webhookView } from "@/lib/alerts/webhook-settings";
import { listBudgets } from "@/lib/budgets/budget-admin";
import { BudgetsScreen } from "@/components/budgets/budgets-screen";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const user = await requireConsoleUser("/settings/budgets", "admin");
  const [page, webhook] = await Promise.all([listBudgets(user.tenantId), webhookView()]);
  return <BudgetsScreen initial={page} webhook={webhook} />;
}
