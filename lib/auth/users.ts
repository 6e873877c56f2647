import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import type { ChangePasswordInput, CreatedUser, CreateUserInput, UpdatedUser, UpdateUserInput, UserView } from "@/lib/auth/user-contract";
import { db } from "@/lib/db";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hasRole } from "@/lib/auth/roles";
import { randomSecret, sha256 } from "@/lib/auth/secrets";
import { normaliseEmail } from "@/lib/auth/session";
import { assertSignInAllowed, recordSignInFailure } from "@/lib/auth/sign-in-throttle";

// Console users of one tenant, managed by its admins: temporary passwords are generated here,
// returned once and stored only as scrypt hashes. Every change is an AuditEvent written in the
// same transaction; its data never holds a password.

// An admin who could reset an operator's password could sign in as them.
const OPERATORS_ONLY = "Only operators may give the operator role or change an operator's account";

export function userView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

// 12 random bytes: 16 URL-safe characters, above the 12-character minimum of chosen passwords.
const temporaryPassword = () => randomSecret(12);

const userTarget = (id: string) => ({ type: "user", id });

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function listUsers(tenantId: string): Promise<UserView[]> {
  const users = await db.user.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return users.map(userView);
}

/** Only operators hand out the operator role, since it changes settings that bind every tenant. */
function checkMayGrant(actor: UserActor, role: Role) {
  if (role === "operator" && !hasRole(actor.role, "operator")) throw new AppError("forbidden", OPERATORS_ONLY);
}

export async function createUser(input: CreateUserInput, actor: UserActor): Promise<CreatedUser> {
  checkMayGrant(actor, input.role);
  const email = normaliseEmail(input.email);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { tenantId: actor.tenantId, email, name: input.name, role: input.role, passwordHash } });
      await audit(tx, actor, "user.created", userTarget(created.id), { email, name: created.name, role: created.role });
      return created;
    });
    return { user: userView(user), temporaryPassword: password };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `A user with the email ${email} already exists`);
    throw error;
  }
}

/** Refusals that keep admins from locking themselves out or reaching past their own role. */
function checkMayUpdate(actor: UserActor, target: User, input: UpdateUserInput) {
  if (target.id === actor.userId) {
    if (input.role !== undefined && input.role !== target.role) {
      throw new AppError("invalid_state", "You cannot change your own role: you could lock yourself out. Ask another admin.");
    }
    if (input.disabled) throw new AppError("invalid_state", "You cannot disable yourself: you would be locked out. Ask another admin.");
    if (input.resetPassword) throw new AppError("invalid_state", "Change your own password on your Account page instead");
  }
  // An admin who could reset an operator's password could sign in as them: operators are managed by operators.
  if (target.role === "operator" && !hasRole(actor.role, "operator")) throw new AppError("forbidden", OPERATORS_ONLY);
  if (input.role !== undefined) checkMayGrant(actor, input.role);
}

/**
 * Renames, changes the role, disables or re-enables a user of the actor's tenant, or resets their
 * password. Disabling and resetting end the user's sessions at once.
 */
export async function updateUser(id: string, input: UpdateUserInput, actor: UserActor): Promise<UpdatedUser> {
  const password = input.resetPassword ? temporaryPassword() : undefined;
  // Hashed before the transaction: scrypt takes tens of milliseconds and need not hold it open.
  const passwordHash = password ? await hashPassword(password) : undefined;
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id, tenantId: actor.tenantId } });
    if (!target) throw notFound("User");
    checkMayUpdate(actor, target, input);

    const data: Prisma.UserUpdateInput = {};
    const change: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== target.name) {
      data.name = input.name;
      change.name = { from: target.name, to: input.name };
    }
    if (input.role !== undefined && input.role !== target.role) {
      data.role = input.role;
      change.role = { from: target.role, to: input.role };
    }
    if (input.disabled !== undefined && input.disabled !== (target.disabledAt !== null)) {
      data.disabledAt = input.disabled ? new Date() : null;
      change.disabled = input.disabled;
    }
    if (passwordHash) {
      data.passwordHash = passwordHash;
      change.passwordReset = true;
    }
    if (Object.keys(change).length === 0) return { user: userView(target) };

    const user = await tx.user.update({ where: { id: target.id }, data });
    if (change.disabled === true || passwordHash) await tx.session.deleteMany({ where: { userId: target.id } });
    await audit(tx, actor, "user.updated", userTarget(target.id), change as Prisma.InputJsonObject);
    return { user: userView(user), ...(password ? { temporaryPassword: password } : {}) };
  });
}

/**
 * A signed-in user replaces their own password. Wrong guesses count against the same budget as
 * failed sign-ins (a stolen session must not become a way to guess the password); on success the
 * user's other sessions end and this one is kept.
 */
export async function changeOwnPassword(input: ChangePasswordInput, actor: UserActor, sessionToken: string, address: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  await assertSignInAllowed(user.email, address);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordSignInFailure(user.email, address);
    throw new AppError("invalid_request", "The current password is not correct", {
      issues: [{ path: "currentPassword", message: "The current password is not correct" }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const others = await tx.session.deleteMany({ where: { userId: user.id, NOT: { tokenHash: sha256(sessionToken) } } });
    await audit(tx, actor, "user.password_changed", userTarget(user.id), {});
    return others;
  });
  return { otherSessionsEnded: ended.count };
}
