import { apiRoute } from "@/lib/http/api-route";
import { labelsResponse } from "@/lib/labels/label-export";

export const dynamic = "force-dynamic";

/** The tenant's approved documents as JSON lines in the dataset format. */
export const GET = apiRoute({ access: { console: true, role: "admin" } }, async ({ actor }) => labelsResponse(actor.tenantId));
