import type { Metadata } from "next";
import { openApiDocument } from "@/lib/openapi/document";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { ApiReference } from "@/components/api-docs/api-reference";
import type { OpenApi } from "@/components/api-docs/openapi-types";

export const metadata: Metadata = { title: "API docs" };

export default async function ApiDocsPage() {
  await requireConsoleUser("/api-docs");
  // The same document /api/v1/openapi.json serves, as plain JSON.
  const document = JSON.parse(JSON.stringify(openApiDocument())) as OpenApi;
  return <ApiReference document={document} />;
}
