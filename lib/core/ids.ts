import crypto from "node:crypto";
import { z } from "zod";

// Identifiers on the wire: database ids (opaque strings) and request ids.

export const idSchema = z.string().min(1).max(64).meta({ description: "An opaque identifier", example: "cmb0x9k2a0000abcd1234efgh" });

export const idParams = z.object({ id: idSchema });

/** A caller's own request id is kept (to correlate its logs with ours) when it is a plain token; else a new one. */
export function requestIdFrom(offered: string | null): string {
  return offered && /^[\w.:-]{1,100}$/.test(offered) ? offered : crypto.randomUUID();
}
