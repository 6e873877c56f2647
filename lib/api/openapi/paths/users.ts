import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import {
  changePasswordRequestSchema,
  createdUserSchema,
  createUserRequestSchema,
  passwordChangedSchema,
  updatedUserSchema,
  updateUserRequestSchema,
  userListSchema,
} from "@/lib/api/schemas/users";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";

const tags = ["Admin: users"];

export const userPaths: ZodOpenApiPathsObject = {
  "/api/v1/admin/users": {
    get: operation({
      operationId: "listUsers",
      tags,
      summary: "List the tenant's console users",
      description: "Oldest first, disabled users included. Passwords are never returned except as a new temporary password, once.",
      access: "console-admin",
      responses: { "200": jsonResponse("The users", userListSchema) },
    }),
    post: operation({
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
  },
  "/api/v1/admin/users/{id}": {
    patch: operation({
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
  },
  "/api/v1/auth/password": {
    post: operation({
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
  },
};
