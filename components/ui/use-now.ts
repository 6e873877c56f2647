"use client";
import { useEffect, useState } from "react";

/** The current time, refreshed every `intervalMs`, for ticking ages and SLA timers. */
export function useNow(intervalMs = 1_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
