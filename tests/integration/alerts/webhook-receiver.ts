import http from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP endpoint standing in for the customer's webhook: records every request and answers
// with the status the test scripts (500 for the first `failFirst` requests, then 204).

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

export async function startReceiver(options: { failFirst?: number } = {}) {
  const received: Received[] = [];
  let failures = options.failFirst ?? 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body, json: JSON.parse(body) as Record<string, unknown> });
      res.statusCode = failures-- > 0 ? 500 : 204;
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
