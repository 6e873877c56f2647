import type { Role } from "@/lib/generated/prisma/enums";

// Roles are ordered: each one can do everything the ones below it can (schema.prisma explains them).
// Shared by server checks and the console's menus, so a control is shown exactly when it would be allowed.

const RANK: Record<Role, number> = { reviewer: 0, admin: 1, operator: 2 };

export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_REFUSAL: Record<Role, string> = {
  reviewer: "Signed-in users only",
  admin: "Admins only",
  operator: "Installation operators only: this setting applies to every tenant",
};

export const ROLE_LABELS: Record<Role, string> = { reviewer: "Reviewer", admin: "Admin", operator: "Operator" };
