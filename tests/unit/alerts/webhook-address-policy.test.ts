import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isPublicAddress, publicOnlyLookup, webhookAddressRefusal } from "@/lib/alerts/webhook-address-policy";
import { parseEnv } from "@/lib/env";

describe("webhook address policy", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
    "::",
    "::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "::ffff:10.0.0.1",
    "::ffff:127.0.0.1",
  ])("treats %s as internal", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])("treats %s as public", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("refuses URLs whose literal host is internal, however the address is written", async () => {
    for (const url of ["http://127.0.0.1:9/hook", "https://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://2130706433/hook", "http://0/hook"]) {
      expect(await webhookAddressRefusal(url, false), url).toMatch(/internal address/);
    }
  });

  it("allows a public literal address", async () => {
    expect(await webhookAddressRefusal("https://93.184.216.34/hook", false)).toBeNull();
    expect(await webhookAddressRefusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hook", false)).toBeNull();
  });

  it("refuses a hostname that resolves to loopback", async () => {
    expect(await webhookAddressRefusal("http://localhost:3000/hook", false)).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback/);
  });

  it("keeps private receivers off unless SIEVE_WEBHOOK_ALLOW_PRIVATE is true", () => {
    expect(parseEnv({}).SIEVE_WEBHOOK_ALLOW_PRIVATE).toBe(false);
    expect(parseEnv({ SIEVE_WEBHOOK_ALLOW_PRIVATE: "true" }).SIEVE_WEBHOOK_ALLOW_PRIVATE).toBe(true);
  });

  it("allows internal addresses when private receivers are allowed", async () => {
    expect(await webhookAddressRefusal("http://127.0.0.1:9/hook", true)).toBeNull();
    expect(await webhookAddressRefusal("http://[::ffff:10.0.0.1]/hook", true)).toBeNull();
    expect(await webhookAddressRefusal("http://localhost:3000/hook", true)).toBeNull();
  });

  it("refuses at connect time a name that resolves inside, so a check cannot be raced by a DNS change", async () => {
    const server = http.createServer((_req, res) => res.end("ok")).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (allowPrivate: boolean) =>
      new Promise<number>((resolve, reject) => {
        const request = http.get(`http://localhost:${port}/`, { lookup: publicOnlyLookup(allowPrivate), family: 4 }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        request.once("error", reject);
      });
    try {
      await expect(get(false)).rejects.toMatchObject({ code: "EADDRNOTALLOWED", message: /localhost resolves to 127\.0\.0\.1/ });
      expect(await get(true)).toBe(200);
    } finally {
      server.close();
    }
  });
});
