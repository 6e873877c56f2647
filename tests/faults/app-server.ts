import http from "node:http";
import { Readable } from "node:stream";
import { dispatch } from "../support/api-dispatch";

// Sieve's API routes behind a plain Node HTTP server, for the fault suites: the real route
// handlers and lib/, in a process of its own (its memory is what the suites measure), without a
// production build. PORT, DATABASE_URL and REDIS_URL come from the suite that starts it.

const port = Number(process.env.PORT);

const server = http.createServer((req, res) => {
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value] as [string, string]])),
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: controller.signal,
    duplex: "half",
  } as RequestInit);
  dispatch(request)
    .then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (!response.body) return void res.end();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      res.end();
    })
    .catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    })
    // A refused upload leaves the rest of its body unread: drop it instead of keeping the socket.
    .finally(() => req.resume());
});

const { startServer } = await import("@/lib/server/start-server");
await startServer();
server.listen(port, "127.0.0.1", () => console.log(`fault-suite app server on ${port}`));
