import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { loopbackNginxConf } from "../../support/topology";

// deploy/nginx.conf as shipped, checked by the nginx that .ci/run installs (`nginx -t`) with its
// upstream host names pointed at loopback (compose's service names do not resolve here). The
// topology itself (nginx + 2 web + 2 workers) needs the production build, so it is started by
// tests/topology (npm run test:topology, after the build in npm test).

const NGINX = "/usr/sbin/nginx";
const root = path.resolve(import.meta.dirname, "../../..");
const conf = await fs.readFile(path.join(root, "deploy/nginx.conf"), "utf8");

function block(pattern: RegExp): string {
  const start = conf.search(pattern);
  expect(start).toBeGreaterThanOrEqual(0);
  return conf.slice(start, conf.indexOf("}", start));
}

const mebibytes = (directive: string) => Number(/client_max_body_size (\d+)m;/.exec(directive)?.[1]) * 1024 * 1024;

describe("deploy/nginx.conf", () => {
  it("is accepted by nginx", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sieve-nginx-"));
    try {
      // As the topology test runs it: upstreams on loopback, the access log and temp folders in the prefix.
      await fs.mkdir(path.join(dir, "temp"));
      await fs.writeFile(path.join(dir, "nginx.conf"), loopbackNginxConf(conf, 8080, [3001, 3002]));
      const { stderr } = await promisify(execFile)(NGINX, ["-t", "-q", "-p", dir, "-c", "nginx.conf"]);
      expect(stderr).toBe("");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("lets an upload at the cap through to Sieve (which answers its own 413 above it), and little more", () => {
    const cap = parseEnv({}).SIEVE_UPLOAD_MAX_BYTES;
    const limit = mebibytes(conf);
    expect(limit).toBeGreaterThan(cap);
    expect(limit - cap).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it("streams run events unbuffered and keeps the stream open well past Sieve's 15 s keep-alive", () => {
    const stream = block(/location ~ \^\/api\/v1\/runs/);
    expect(stream).toContain("proxy_buffering off;");
    expect(stream).toMatch(/proxy_read_timeout (\d+h|\d{3,}s);/);
  });

  it("passes the client's request id through, or makes one, and returns it once", () => {
    expect(conf).toContain("proxy_set_header X-Request-Id $sieve_request_id;");
    expect(conf).toContain("proxy_hide_header X-Request-Id;");
    expect(conf).toContain("add_header X-Request-Id $sieve_request_id always;");
  });
});
