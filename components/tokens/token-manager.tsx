"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/api-client/client-fetch";
import type { ApiTokenView, CreatedToken } from "@/lib/auth/token-contract";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { NewSecret } from "@/components/tokens/new-secret";
import { TokenTable } from "@/components/tokens/token-table";

export interface ScopeOption {
  scope: ApiTokenView["scopes"][number];
  description: string;
}

const TOKENS = ["api-tokens"];

export function TokenManager({ initialTokens, scopes }: { initialTokens: ApiTokenView[]; scopes: ScopeOption[] }) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const tokens = useQuery({
    queryKey: TOKENS,
    queryFn: () => apiFetch<{ data: ApiTokenView[] }>("/api/v1/tokens").then((r) => r.data),
    initialData: initialTokens,
  });
  const create = useMutation({
    mutationFn: (input: { name: string; scopes: ScopeOption["scope"][] }) => apiFetch<CreatedToken>("/api/v1/tokens", { method: "POST", json: input }),
    onSuccess: (result) => {
      setCreated(result);
      void queryClient.invalidateQueries({ queryKey: TOKENS });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<ApiTokenView>(`/api/v1/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
  const failure = (error: Error | null) => (error instanceof ApiError ? error.message : error ? "Could not reach Sieve; try again" : null);

  return (
    <>
      {created && <NewSecret created={created} onDone={() => setCreated(null)} />}
      <CreateTokenForm scopes={scopes} pending={create.isPending} error={failure(create.error)} onCreate={(input) => create.mutateAsync(input)} />
      <TokenTable tokens={tokens.data} revokingId={revoke.isPending ? revoke.variables : undefined} error={failure(revoke.error)} onRevoke={(id) => revoke.mutate(id)} />
    </>
  );
}
