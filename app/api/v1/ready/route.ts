import { route } from "@/lib/http/respond";
import { readiness } from "@/lib/server/readiness";

export const GET = route(async () => {
  const result = await readiness();
  return Response.json(result, { status: result.ready ? 200 : 503 });
});
