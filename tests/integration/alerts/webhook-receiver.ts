import http from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP endpoint standing in for the customer's webhook: records every request and answers
// 500 to the first `failFirst` deliveries of each alert (by its id), then 204. Per alert, so alerts
// other test files raise in the same database cannot use up the scripted failures.

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

export async function startReceiver(options: { failFirst?: number } = {}) {
  const received: Received[] = [];
  const failures = new Map<string, number>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const json = JSON.parse(body) as Record<string, unknown>;
      received.push({ headers: req.headers, body, json });
      const seen = (failures.get(String(json.id)) ?? 0) + 1;
      failures.set(String(json.id), seen);
      res.statusCode = seen <= (options.failFirst ?? 0) ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/sieve`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
