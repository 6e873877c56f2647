import "server-only";
import { db } from "@/lib/db";
import { resolveSettings, SETTING_KEYS, type PipelineSettings } from "@/lib/pipeline/pipeline-settings";

// Settings are read on every run; a short in-process cache keeps that off the database, and an
// admin's edit applies within CACHE_MS everywhere (at once here, via forgetPipelineSettings).

const CACHE_MS = 15_000;
let cached: { settings: PipelineSettings; at: number } | null = null;

export async function pipelineSettings(): Promise<PipelineSettings> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.settings;
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } });
  cached = { settings: resolveSettings(rows), at: Date.now() };
  return cached.settings;
}

export function forgetPipelineSettings(): void {
  cached = null;
}
