import { route } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi/document";

// Public, like the docs of any API: it describes endpoints, never data.
export const GET = route(async () => Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }));
