import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getConsoleUser } from "@/lib/auth/console-session";
import { SignInForm } from "@/components/console/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

function safeNext(next: string | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getConsoleUser()) redirect(next);
  return (
    <main className="auth-page">
      <div className="panel auth-card">
        <h1>Sign in to Sieve</h1>
        <p className="muted">Reviewers and admins. The mobile app uses API tokens instead.</p>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
