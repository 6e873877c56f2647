import type { Metadata } from "next";
import { scopeDescriptions } from "@/lib/auth/token-contract";
import { apiScopes } from "@/lib/core/actor";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { TokenManager } from "@/components/tokens/token-manager";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireConsoleUser("/settings/tokens", "admin");
  const tokens = await listApiTokens(user.tenantId);
  return (
    <div className="grid">
      <h1>API tokens</h1>
      <p className="muted" style={{ margin: 0 }}>
        Tokens let the mobile app and other clients call the <a href="/api-docs">Sieve API</a> as{" "}
        <code>Authorization: Bearer sv_…</code>. Each sees only this tenant&apos;s documents, within its scopes.
      </p>
      <TokenManager initialTokens={tokens} scopes={apiScopes.map((scope) => ({ scope, description: scopeDescriptions[scope] }))} />
    </div>
  );
}
