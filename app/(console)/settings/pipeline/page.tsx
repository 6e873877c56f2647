import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { hasRole } from "@/lib/auth/roles";
import { pipelineSettingsPage } from "@/lib/pipeline/settings-admin";
import { PipelineSettingsForm } from "@/components/settings/pipeline-settings-form";

export const metadata: Metadata = { title: "Pipeline settings" };

export default async function PipelineSettingsPage() {
  const user = await requireConsoleUser("/settings/pipeline", "admin");
  const page = await pipelineSettingsPage();
  return (
    <div className="grid">
      <h1>Pipeline settings</h1>
      <p className="muted" style={{ margin: 0 }}>
        When a document skips review, when a local answer is sent on to the LLM, and how fast reviews are due. These apply to every
        tenant{hasRole(user.role, "operator") ? "; changes reach new runs within 15 seconds and are kept in the audit trail." : ", so the installation's operator sets them."}
      </p>
      <PipelineSettingsForm initial={page} canChange={hasRole(user.role, "operator")} />
    </div>
  );
}
