import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "@/lib/openapi/document";

// Build-time only (npm run api:client, and the drift test): TypeScript types for every path and
// schema of the OpenAPI document, which openapi-fetch uses to type the client.

export const GENERATED_TYPES_PATH = "lib/api-client/openapi-types.ts";

const HEADER = `// Generated from the OpenAPI document by \`npm run api:client\` (openapi-typescript). Do not edit:
// tests/unit/api/openapi.test.ts fails when this file and the document drift apart.

`;

export async function generateClientTypes(): Promise<string> {
  const document = JSON.parse(JSON.stringify(openApiDocument()));
  const ast = await openapiTS(document, { silent: true, alphabetize: true });
  return HEADER + astToString(ast);
}
