"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { api } from "@/components/ui/api";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

const reviewerLinks = [
  { href: "/", label: "Overview" },
  { href: "/queue", label: "Review queue" },
  { href: "/runs", label: "Runs & traces" },
];
const adminLinks = [
  { href: "/spend", label: "Spend" },
  { href: "/settings/budgets", label: "Budgets" },
  { href: "/settings/pipeline", label: "Pipeline" },
  { href: "/settings/users", label: "Users" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/api-docs", label: "API docs" },
];

export function ConsoleNav({ user }: { user: { name: string; email: string; role: Role } }) {
  const pathname = usePathname();
  const router = useRouter();
  const link = (l: { href: string; label: string }) => (
    <Link key={l.href} href={l.href} aria-current={pathname === l.href ? "page" : undefined}>
      {l.label}
    </Link>
  );
  async function signOut() {
    await api.DELETE("/api/v1/auth/session").catch(() => undefined);
    router.push("/signin");
    router.refresh();
  }
  return (
    <nav className="sidebar" aria-label="Console">
      <div className="brand">Sieve</div>
      {reviewerLinks.map(link)}
      {hasRole(user.role, "admin") && (
        <>
          <div className="section">Admin</div>
          {adminLinks.map(link)}
        </>
      )}
      <div className="user">
        <div data-testid="signed-in-user">{user.name}</div>
        <div className="muted" style={{ color: "#8b98aa" }}>
          {user.email} · {user.role}
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 4, marginTop: 8 }}>
          {link({ href: "/account", label: "Account" })}
          <button className="btn" onClick={signOut}>
            Sign out
          </button>
        </div>
      </div>
    </nav>
  );
}
