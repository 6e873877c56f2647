import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

/** A fresh tenant with an operator, an admin and a reviewer (password "correct horse battery"). */
export async function createTenantWithUsers(label = "t") {
  const suffix = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword("correct horse battery");
  const tenant = await db.tenant.create({ data: { name: `Tenant ${label} ${suffix}` } });
  const admin = await db.user.create({
    data: { tenantId: tenant.id, email: `admin-${suffix}@example.test`, name: "Admin", role: "admin", passwordHash },
  });
  const reviewer = await db.user.create({
    data: { tenantId: tenant.id, email: `reviewer-${suffix}@example.test`, name: "Reviewer", role: "reviewer", passwordHash },
  });
  const operator = await db.user.create({
    data: { tenantId: tenant.id, email: `operator-${suffix}@example.test`, name: "Operator", role: "operator", passwordHash },
  });
  return { tenant, admin, reviewer, operator, password: "correct horse battery" };
}
