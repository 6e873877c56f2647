import { CaptureApp } from "@/components/capture/capture-app";

// The reference client of the public API: everything it does goes through /api/v1 with the typed client.
export default function CapturePage() {
  return <CaptureApp />;
}
