import { z } from "zod";
import { isoDateTime } from "@/lib/api/schemas/common";

export const healthSchema = z.object({ status: z.literal("ok"), time: isoDateTime }).meta({ id: "Health" });

export const readinessSchema = z
  .object({
    ready: z.boolean(),
    checks: z.array(
      z.object({
        name: z.string().meta({ example: "database" }),
        ok: z.boolean(),
        latencyMs: z.number().int().optional(),
        error: z.string().optional(),
      }),
    ),
  })
  .meta({ id: "Readiness" });
