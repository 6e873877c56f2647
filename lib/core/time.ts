import { Prisma } from "@/lib/generated/prisma/client";

// UTC time arithmetic shared by spend, alerts and traces. Times are UTC everywhere; APIs speak ISO 8601.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const floorHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
export const ceilHour = (at: Date) => new Date(Math.ceil(at.getTime() / HOUR_MS) * HOUR_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

/** A timestamp parameter compared with Prisma's `timestamp(3)` columns, which hold UTC wall time. */
export const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
