"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

const reviewerLinks = [
  { href: "/", label: "Overview" },
  { href: "/upload", label: "Upload" },
  { href: "/queue", label: "Review queue" },
  { href: "/vendors", label: "Vendors" },
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

const isCurrent = (pathname: string, href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

/** The console's navigation: a sidebar on wide screens, a top bar with a menu button on phones. */
export function ConsoleNav({ user }: { user: { name: string; email: string; role: Role } }) {
  const pathname = usePathname();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // A followed link closes the phone menu.
  useEffect(() => setOpen(false), [pathname]);
  const link = (l: { href: string; label: string }) => (
    <Link key={l.href} href={l.href} aria-current={isCurrent(pathname, l.href) ? "page" : undefined}>
      {l.label}
    </Link>
  );
  async function signOut() {
    await api.DELETE("/api/v1/auth/session").catch(() => undefined);
    router.push("/signin");
    router.refresh();
  }
  return (
    <nav className="sidebar" aria-label="Console" data-open={open || undefined}>
      <div className="brand-row">
        <div className="brand">Sieve</div>
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="console-links" onClick={() => setOpen((o) => !o)}>
          {open ? "Close" : "Menu"}
        </button>
      </div>
      <div className="nav-links" id="console-links">
        {reviewerLinks.map(link)}
        {/* The phone app lives outside the console; it signs in with the same account. */}
        <a href="/capture">Capture app</a>
        {hasRole(user.role, "admin") && (
          <>
            <div className="section">Admin</div>
            {adminLinks.map(link)}
          </>
        )}
        <div className="user">
          <div data-testid="signed-in-user">{user.name}</div>
          <div className="muted" style={{ color: "#8b98aa", overflowWrap: "anywhere" }}>
            {user.email} · {user.role}
          </div>
          <div style={{ display: "flex", alignItems: "center", gap: 4, marginTop: 8 }}>
            {link({ href: "/account", label: "Account" })}
            <button className="btn" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
      </div>
    </nav>
  );
}
