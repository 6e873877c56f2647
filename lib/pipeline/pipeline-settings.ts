import { z } from "zod";
import { documentTypes, docTypeIdSchema } from "@/lib/schemas/document-types";

// Admin-tunable knobs of the pipeline, stored as Setting rows (key → JSON). Missing or invalid
// rows fall back to these defaults, so a bad edit degrades to known behaviour instead of failing runs.

const share = z.number().min(0).max(1);

export const SETTING_KEYS = {
  autoApproveThresholds: "review.autoApproveThresholds",
  auditSampleRate: "review.auditSampleRate",
  classificationThreshold: "review.classificationThreshold",
  slaHours: "review.slaHours",
  escalationThresholds: "pipeline.escalationThresholds",
} as const;

export const settingSchemas = {
  /** Per document type: the minimum joint confidence of the required fields to skip review. */
  autoApproveThresholds: z.partialRecord(docTypeIdSchema, share),
  /** Share of auto-approved documents that still get an audit ReviewItem. */
  auditSampleRate: share,
  /** Below this classification confidence the document type is in doubt: review. */
  classificationThreshold: share,
  /** Review SLA by priority band, in hours. */
  slaHours: z.object({ high: z.number().positive(), normal: z.number().positive(), low: z.number().positive() }),
  /** Per agent: below this confidence the local answer escalates to the LLM (when one is configured). */
  escalationThresholds: z.object({ extraction: share, classification: share, summarisation: share }).partial(),
} as const;

export type SettingName = keyof typeof SETTING_KEYS;

/** The settings in force: every knob with a value (stored, or its default). */
export const pipelineSettingsSchema = z
  .object({
    autoApproveThresholds: z.record(docTypeIdSchema, share),
    auditSampleRate: share,
    classificationThreshold: share,
    slaHours: settingSchemas.slaHours,
    /** Extraction null: escalate when the local answer would miss the document type's auto-approve threshold. */
    escalationThresholds: z.object({ extraction: share.nullable(), classification: share, summarisation: share }),
  })
  .meta({ id: "PipelineSettings" });
export type PipelineSettings = z.infer<typeof pipelineSettingsSchema>;

/** A change: each named knob gets a new value, or null to go back to its default. */
export const pipelineSettingsPatchSchema = z
  .object({
    autoApproveThresholds: settingSchemas.autoApproveThresholds.nullable(),
    auditSampleRate: settingSchemas.auditSampleRate.nullable(),
    classificationThreshold: settingSchemas.classificationThreshold.nullable(),
    slaHours: settingSchemas.slaHours.nullable(),
    escalationThresholds: settingSchemas.escalationThresholds.nullable(),
  })
  .partial()
  .strict()
  .meta({ id: "PipelineSettingsChange" });
export type PipelineSettingsPatch = z.infer<typeof pipelineSettingsPatchSchema>;

export const pipelineSettingsPageSchema = z
  .object({
    settings: pipelineSettingsSchema,
    defaults: pipelineSettingsSchema,
    /** Knobs set in the console rather than left at their defaults. */
    overridden: z.array(z.enum(Object.keys(SETTING_KEYS) as [SettingName, ...SettingName[]])),
  })
  .meta({ id: "PipelineSettingsPage" });
export type PipelineSettingsPage = z.infer<typeof pipelineSettingsPageSchema>;

export const DEFAULT_SETTINGS: PipelineSettings = {
  autoApproveThresholds: {
    invoice: documentTypes.invoice.autoApproveThreshold,
    receipt: documentTypes.receipt.autoApproveThreshold,
    generic: documentTypes.generic.autoApproveThreshold,
  },
  auditSampleRate: 0.05,
  classificationThreshold: 0.6,
  slaHours: { high: 4, normal: 24, low: 72 },
  escalationThresholds: { extraction: null, classification: 0.6, summarisation: 0.3 },
};

/** Merges stored rows (key → JSON) over the defaults; invalid rows are ignored. */
export function resolveSettings(rows: Array<{ key: string; value: unknown }>): PipelineSettings {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const read = <K extends keyof typeof settingSchemas>(name: K) => {
    const parsed = settingSchemas[name].safeParse(byKey.get(SETTING_KEYS[name]));
    return parsed.success ? (parsed.data as z.infer<(typeof settingSchemas)[K]>) : undefined;
  };
  return {
    autoApproveThresholds: { ...DEFAULT_SETTINGS.autoApproveThresholds, ...read("autoApproveThresholds") },
    auditSampleRate: read("auditSampleRate") ?? DEFAULT_SETTINGS.auditSampleRate,
    classificationThreshold: read("classificationThreshold") ?? DEFAULT_SETTINGS.classificationThreshold,
    slaHours: read("slaHours") ?? DEFAULT_SETTINGS.slaHours,
    escalationThresholds: { ...DEFAULT_SETTINGS.escalationThresholds, ...read("escalationThresholds") },
  };
}
