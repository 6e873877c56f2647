// Runs once when a server instance starts: migrate, seed the demo users on first start, start
// background work, and flush pending writes on shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/server/start-server");
  await startServer();
}
