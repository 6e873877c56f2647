import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetPipelineSettings, pipelineSettings } from "@/lib/pipeline/load-settings";
import {
  DEFAULT_SETTINGS,
  pipelineSettingsPatchSchema,
  SETTING_KEYS,
  type PipelineSettingsPage,
  type PipelineSettingsPatch,
  type SettingName,
} from "@/lib/pipeline/pipeline-settings";

// Reading and changing the pipeline's knobs (thresholds, audit sampling, SLA, escalation). They apply
// to every tenant, so routes let operators change them; each change is an AuditEvent in the same
// transaction, and this instance drops its cached settings at once (others within the cache's 15 s).

export async function pipelineSettingsPage(): Promise<PipelineSettingsPage> {
  const [settings, stored] = await Promise.all([
    pipelineSettings(),
    db.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } }, select: { key: true } }),
  ]);
  const storedKeys = new Set(stored.map((s) => s.key));
  const overridden = (Object.keys(SETTING_KEYS) as SettingName[]).filter((name) => storedKeys.has(SETTING_KEYS[name]));
  return { settings, defaults: DEFAULT_SETTINGS, overridden };
}

export async function updatePipelineSettings(actor: UserActor, input: PipelineSettingsPatch): Promise<PipelineSettingsPage> {
  const patch = pipelineSettingsPatchSchema.parse(input);
  await db.$transaction(async (tx) => {
    for (const [name, value] of Object.entries(patch) as Array<[SettingName, Prisma.InputJsonValue | null]>) {
      const key = SETTING_KEYS[name];
      if (value === null) await tx.setting.deleteMany({ where: { key } });
      else await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.userId }, update: { value, updatedById: actor.userId } });
      await audit(tx, actor, value === null ? "settings.reset" : "settings.changed", { type: "setting", id: key }, { value });
    }
  });
  forgetPipelineSettings();
  return pipelineSettingsPage();
}
