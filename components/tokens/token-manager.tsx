"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, SieveApiError, unwrap } from "@/components/ui/api";
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
    queryFn: async () => unwrap(await api.GET("/api/v1/tokens")).data,
    initialData: initialTokens,
  });
  const create = useMutation({
    mutationFn: async (input: { name: string; scopes: ScopeOption["scope"][] }) => unwrap(await api.POST("/api/v1/tokens", { body: input })),
    onSuccess: (result) => {
      setCreated(result);
      void queryClient.invalidateQueries({ queryKey: TOKENS });
    },
  });
  const revoke = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
  const failure = (error: Error | null) => (error instanceof SieveApiError ? error.message : error ? "Could not reach Sieve; try again" : null);

  return (
    <>
      {created && <NewSecret created={created} onDone={() => setCreated(null)} />}
      <CreateTokenForm scopes={scopes} pending={create.isPending} error={failure(create.error)} onCreate={(input) => create.mutateAsync(input)} />
      <TokenTable tokens={tokens.data} revokingId={revoke.isPending ? revoke.variables : undefined} error={failure(revoke.error)} onRevoke={(id) => revoke.mutate(id)} />
    </>
  );
}
