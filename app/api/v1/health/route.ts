// Liveness: the process is up and serving. Readiness (dependencies) is /api/v1/ready.
export function GET() {
  return Response.json({ status: "ok", time: new Date().toISOString() });
}
