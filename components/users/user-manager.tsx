"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, SieveApiError, unwrap } from "@/components/ui/api";
import type { CreateUserInput, UpdateUserInput, UserView } from "@/lib/auth/user-contract";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { AddUserForm } from "@/components/users/add-user-form";
import { TemporaryPassword, type IssuedPassword } from "@/components/users/temporary-password";
import { UserTable } from "@/components/users/user-table";

const USERS = ["console-users"];

/** What a change did, in words, for the status line. */
function describe(user: UserView, patch: UpdateUserInput): string {
  if (patch.disabled === true) return `${user.name} is disabled and signed out.`;
  if (patch.disabled === false) return `${user.name} can sign in again.`;
  if (patch.role) return `${user.name} is now ${ROLE_LABELS[patch.role].toLowerCase()}.`;
  return `${user.name} is updated.`;
}

export function UserManager({ initialUsers, currentUserId, roles }: { initialUsers: UserView[]; currentUserId: string; roles: Role[] }) {
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const users = useQuery({
    queryKey: USERS,
    queryFn: async () => unwrap(await api.GET("/api/v1/admin/users")).data,
    initialData: initialUsers,
  });
  const create = useMutation({
    mutationFn: async (input: CreateUserInput) => unwrap(await api.POST("/api/v1/admin/users", { body: input })),
    onSuccess: ({ user, temporaryPassword }) => {
      setIssued({ name: user.name, email: user.email, password: temporaryPassword, reason: "created" });
      void queryClient.invalidateQueries({ queryKey: USERS });
    },
  });
  const update = useMutation({
    mutationFn: async ({ user, patch }: { user: UserView; patch: UpdateUserInput }) =>
      unwrap(await api.PATCH("/api/v1/admin/users/{id}", { params: { path: { id: user.id } }, body: patch })),
    onMutate: () => setNotice(null),
    onSuccess: ({ user, temporaryPassword }, { patch }) => {
      if (temporaryPassword) setIssued({ name: user.name, email: user.email, password: temporaryPassword, reason: "reset" });
      else setNotice(describe(user, patch));
      void queryClient.invalidateQueries({ queryKey: USERS });
    },
  });
  const failure = (error: Error | null) => (error instanceof SieveApiError ? error.message : error ? "Could not reach Sieve; try again" : null);

  return (
    <>
      {issued && <TemporaryPassword issued={issued} onDone={() => setIssued(null)} />}
      <AddUserForm roles={roles} pending={create.isPending} error={failure(create.error)} onCreate={(input) => create.mutateAsync(input)} />
      <UserTable
        users={users.data}
        currentUserId={currentUserId}
        roles={roles}
        pendingId={update.isPending ? update.variables.user.id : undefined}
        error={failure(update.error)}
        notice={notice}
        onUpdate={(user, patch) => update.mutate({ user, patch })}
      />
    </>
  );
}
