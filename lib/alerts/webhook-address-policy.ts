import "server-only";
import dns from "node:dns";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

// Which hosts the server may POST alerts to. An operator-chosen URL must not turn the server into a
// client of its own network (metadata services, databases, admin ports): every address the host
// resolves to has to be public, unless SIEVE_WEBHOOK_ALLOW_PRIVATE says the receiver is on-premises.

const internal = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT (also some clouds' metadata, e.g. 100.100.100.200)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, 169.254.169.254 cloud metadata included
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking, used inside some networks
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast included
] as const) {
  internal.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible addresses
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  internal.addSubnet(network, prefix, "ipv6");
}

/** True for an IP address a webhook may be sent to. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as its IPv4 address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && !internal.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Why the server must not send to this URL's host, or null when it may. A literal IP is judged as is;
 * a hostname by all the addresses it resolves to now, so any internal one refuses it.
 */
export async function webhookAddressRefusal(url: string, allowPrivate = env().SIEVE_WEBHOOK_ALLOW_PRIVATE): Promise<string | null> {
  if (allowPrivate) return null;
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) return isPublicAddress(host) ? null : `${host} is a loopback, private or otherwise internal address`;
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    return `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  const internalAddress = addresses.find((address) => !isPublicAddress(address));
  return internalAddress ? `${host} resolves to ${internalAddress}, a loopback, private or otherwise internal address` : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) requests that refuses internal addresses, so the connection goes to an
 * address that was checked, not to whatever the name resolves to a moment after the check.
 */
export function publicOnlyLookup(allowPrivate = env().SIEVE_WEBHOOK_ALLOW_PRIVATE) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const internalAddress = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (internalAddress) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${internalAddress.address}, a loopback, private or otherwise internal address`);
        refused.code = "EADDRNOTALLOWED";
        return callback(refused, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
