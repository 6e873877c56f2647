import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE, sessionFromToken } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/auth/roles";

/** The signed-in console user for server components, or null. */
export async function getConsoleUser() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await sessionFromToken(token);
  if (!session) return null;
  const { user } = session;
  return { id: user.id, name: user.name, email: user.email, role: user.role, tenantId: user.tenantId, csrfToken: session.csrfToken };
}

export type ConsoleUser = NonNullable<Awaited<ReturnType<typeof getConsoleUser>>>;

/** Sends unauthenticated visitors to sign-in (and back here afterwards); reviewers away from admin pages. */
export async function requireConsoleUser(path: string, role?: Role): Promise<ConsoleUser> {
  const user = await getConsoleUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(path)}`);
  if (role && !hasRole(user.role, role)) redirect("/queue?denied=admin");
  return user;
}
