import { route } from "@/lib/http/respond";
import { openApiDocument } from "@/lib/openapi/document";

// Public, like the docs of any API: it describes endpoints, never data.
export const GET = route(async () => Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }));
