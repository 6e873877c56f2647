import { z } from "zod";
import { defineOperation, isoDateTime, jsonResponse, roleSchema } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";

// Console user management (admins) and self-service password change (any console user).

export const PASSWORD_MIN_LENGTH = 12;
const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200)
  .meta({ description: `${PASSWORD_MIN_LENGTH} to 200 characters` });

export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: isoDateTime,
    disabledAt: isoDateTime.nullable().meta({ description: "Set while the user may not sign in" }),
  })
  .meta({ id: "User" });

export const userListSchema = z.object({ data: z.array(userSchema) }).meta({ id: "UserList" });

export const createUserRequestSchema = z
  .object({
    email: z.email().max(320).meta({ description: "Unique across the installation; stored trimmed and in lower case" }),
    name: z.string().trim().min(1).max(100),
    role: roleSchema,
  })
  .meta({ id: "CreateUserRequest" });

export const updateUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional().meta({ description: "true signs the user out at once and refuses their sign-ins; false lets them back in" }),
    resetPassword: z.boolean().optional().meta({ description: "true replaces the password with a temporary one (returned once) and signs the user out" }),
  })
  .refine((u) => u.name !== undefined || u.role !== undefined || u.disabled !== undefined || u.resetPassword === true, {
    message: "Send at least one of name, role, disabled or resetPassword: true",
  })
  .meta({ id: "UpdateUserRequest" });

const temporaryPassword = z.string().meta({ description: "Shown once, never stored in clear: hand it to the user, who changes it on their Account page" });

export const createdUserSchema = z.object({ user: userSchema, temporaryPassword }).meta({ id: "CreatedUser" });

export const updatedUserSchema = z
  .object({ user: userSchema, temporaryPassword: temporaryPassword.optional().meta({ description: "Present only when resetPassword was true; shown once" }) })
  .meta({ id: "UpdatedUser" });

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(500), newPassword })
  .refine((p) => p.currentPassword !== p.newPassword, { message: "Choose a new password that differs from the current one", path: ["newPassword"] })
  .meta({ id: "ChangePasswordRequest" });

export const passwordChangedSchema = z
  .object({ otherSessionsEnded: z.number().int().min(0).meta({ description: "Sessions of this user on other browsers, now signed out" }) })
  .meta({ id: "PasswordChanged" });

export type UserView = z.infer<typeof userSchema>;
export type CreateUserInput = z.infer<typeof createUserRequestSchema>;
export type UpdateUserInput = z.infer<typeof updateUserRequestSchema>;
export type CreatedUser = z.infer<typeof createdUserSchema>;
export type UpdatedUser = z.infer<typeof updatedUserSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordRequestSchema>;

const tags = ["Admin: users"];

export const userOperations = {
  listUsers: defineOperation({
    method: "get",
    path: "/api/v1/admin/users",
    operationId: "listUsers",
    tags,
    summary: "List the tenant's console users",
    description: "Oldest first, disabled users included. Passwords are never returned except as a new temporary password, once.",
    access: "console-admin",
    responses: { "200": jsonResponse("The users", userListSchema) },
  }),
  createUser: defineOperation({
    method: "post",
    path: "/api/v1/admin/users",
    operationId: "createUser",
    tags,
    summary: "Add a console user",
    description:
      "The response holds a generated temporary password, shown this once (only its hash is stored); the user changes it on their Account page. Emails are unique across the installation: a taken one is 409 `conflict`. Only operators may create operators.",
    access: "console-admin",
    requestBody: { required: true, content: { "application/json": { schema: createUserRequestSchema } } },
    responses: { "201": jsonResponse("Created; hand over the temporary password now", createdUserSchema) },
    errors: [400, 409],
  }),
  updateUser: defineOperation({
    method: "patch",
    path: "/api/v1/admin/users/{id}",
    operationId: "updateUser",
    tags,
    summary: "Rename, change the role of, disable, re-enable or reset the password of a user",
    description:
      "Disabling and resetting the password sign the user out at once. Only operators may grant or remove the operator role or change an operator (403 `forbidden`); nobody may change their own role, disable themselves or reset their own password here (409 `invalid_state`). Another tenant's user is 404.",
    access: "console-admin",
    requestParams: { path: idParams },
    requestBody: { required: true, content: { "application/json": { schema: updateUserRequestSchema } } },
    responses: { "200": jsonResponse("The user, and the temporary password after a reset", updatedUserSchema) },
    errors: [400, 404, 409],
  }),
  changePassword: defineOperation({
    method: "post",
    path: "/api/v1/auth/password",
    operationId: "changePassword",
    tags: ["Console session"],
    summary: "Change your own password",
    description:
      "Needs the current password: a wrong one is 400 `invalid_request` (details point at `currentPassword`) and counts as a failed sign-in for the throttle. Your other sessions are signed out; this one stays.",
    access: "console",
    requestBody: { required: true, content: { "application/json": { schema: changePasswordRequestSchema } } },
    responses: { "200": jsonResponse("Changed", passwordChangedSchema) },
    errors: [400],
  }),
};
