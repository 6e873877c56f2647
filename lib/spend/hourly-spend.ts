import "server-only";
import { db } from "@/lib/db";
import { splitRange, type TimeRange } from "@/lib/spend/hours";
import { rolledUntil } from "@/lib/spend/rollup";
import { spendFacts } from "@/lib/spend/spend-facts";

// Spend per tenant and hour over a range (anomaly baselines); hours without spend are absent.

export interface HourlySpend {
  tenantId: string | null;
  hour: Date;
  costMicros: number;
}

export async function hourlySpendByTenant(range: TimeRange): Promise<HourlySpend[]> {
  const split = splitRange(range, await rolledUntil());
  const rows = await db.$queryRaw<Array<{ tenantId: string | null; hour: Date; micros: bigint }>>`
    SELECT f."tenantId", f."hour", sum(f."costMicros")::bigint AS micros
    FROM (${spendFacts(split, { dims: ["total"] })}) f GROUP BY 1, 2`;
  return rows.map((r) => ({ tenantId: r.tenantId, hour: r.hour, costMicros: Number(r.micros) }));
}
