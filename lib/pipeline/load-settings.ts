import "server-only";
import { db } from "@/lib/db";
import { resolveSettings, SETTING_KEYS, type PipelineSettings } from "@/lib/pipeline/pipeline-settings";

// Settings are read on every run; a short in-process cache keeps that off the database, and an
// admin's edit applies within CACHE_MS everywhere (at once here, via forgetPipelineSettings).

const CACHE_MS = 15_000;
let cached: { settings: Promise<PipelineSettings>; at: number } | null = null;

/** One read per CACHE_MS however many runs ask at once. */
export function pipelineSettings(): Promise<PipelineSettings> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.settings;
  const settings = db.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } }).then(resolveSettings);
  const entry = { settings, at: Date.now() };
  cached = entry;
  settings.catch(() => {
    if (cached === entry) cached = null;
  });
  return settings;
}

export function forgetPipelineSettings(): void {
  cached = null;
}
