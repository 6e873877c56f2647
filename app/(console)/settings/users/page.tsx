import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { hasRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/users";
import type { Role } from "@/lib/generated/prisma/enums";
import { UserManager } from "@/components/users/user-manager";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireConsoleUser("/settings/users", "admin");
  const users = await listUsers(user.tenantId);
  const roles: Role[] = hasRole(user.role, "operator") ? ["reviewer", "admin", "operator"] : ["reviewer", "admin"];
  return (
    <div className="grid">
      <h1>Users</h1>
      <p className="muted" style={{ margin: 0 }}>
        People who sign in to this tenant&apos;s console. Reviewers work the queue; admins also manage users, API tokens, budgets and spend
        {hasRole(user.role, "operator") ? "; operators also change installation-wide settings." : "."} New users and password resets get a
        temporary password, shown once.
      </p>
      <UserManager initialUsers={users} currentUserId={user.id} roles={roles} />
    </div>
  );
}
