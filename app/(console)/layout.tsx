import type { ReactNode } from "react";
import { headers } from "next/headers";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { ConsoleNav } from "@/components/console/console-nav";
import { Providers } from "@/components/console/providers";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-pathname") ?? "/";
  const user = await requireConsoleUser(path);
  return (
    <>
      <meta name="csrf-token" content={user.csrfToken} />
      <Providers>
        <div className="shell">
          <ConsoleNav user={{ name: user.name, email: user.email, role: user.role }} />
          <main className="main" id="main">
            {children}
          </main>
        </div>
      </Providers>
    </>
  );
}
