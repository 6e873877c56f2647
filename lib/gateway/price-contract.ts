import { z } from "zod";
import { defineOperation, jsonBody, jsonResponse } from "@/lib/core/contract";
import { modelPriceInput } from "@/lib/gateway/price-table";

// The model price table's API (app/api/v1/admin/prices): operators override the defaults the gateway charges by.

const tags = ["Admin: spend and budgets"];
const access = "console-admin" as const;

const priceSchema = modelPriceInput.extend({ source: z.enum(["admin", "default"]) }).meta({ id: "ModelPrice" });
export const priceListSchema = z.object({ data: z.array(priceSchema) });
export const priceModelQuerySchema = z.object({ model: z.string().trim().min(1).max(200) });

export const priceOperations = {
  listModelPrices: defineOperation({
    method: "get",
    path: "/api/v1/admin/prices",
    operationId: "listModelPrices",
    tags,
    summary: "The price table the gateway charges by (defaults and operator overrides)",
    access,
    responses: { "200": jsonResponse("Prices per million tokens, in micro-dollars", priceListSchema) },
  }),
  setModelPrice: defineOperation({
    method: "put",
    path: "/api/v1/admin/prices",
    operationId: "setModelPrice",
    tags,
    summary: "Set one model's price",
    access: "console-operator",
    requestBody: jsonBody(modelPriceInput),
    responses: { "200": jsonResponse("The stored price", modelPriceInput) },
    errors: [400],
  }),
  deleteModelPrice: defineOperation({
    method: "delete",
    path: "/api/v1/admin/prices",
    operationId: "deleteModelPrice",
    tags,
    summary: "Remove a price override (the model falls back to its default)",
    access: "console-operator",
    requestParams: { query: priceModelQuerySchema },
    responses: { "204": { description: "Removed" } },
    errors: [400],
  }),
};
