import { describe, expect, it } from "vitest";
import { addressBlocked, clientAddress, delayAfterFailure } from "@/lib/auth/sign-in-throttle";

describe("sign-in delay after a failure", () => {
  it("lets the first three typos from one address through without waiting", () => {
    for (const pair of [1, 2, 3]) expect(delayAfterFailure({ pair, account: pair })).toBe(0);
  });

  it("doubles the wait from the fourth failure on, up to five minutes", () => {
    expect([4, 5, 6, 7].map((pair) => delayAfterFailure({ pair, account: pair }))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delayAfterFailure({ pair: 40, account: 40 })).toBe(5 * 60_000);
  });

  it("withdraws the free attempts of an account failing from many addresses, but still only delays", () => {
    expect(delayAfterFailure({ pair: 1, account: 31 })).toBe(1_000);
    expect(delayAfterFailure({ pair: 2, account: 500 })).toBe(2_000);
  });
});

describe("address limit", () => {
  it("refuses an address only after 100 failures on any accounts", () => {
    expect(addressBlocked(99)).toBe(false);
    expect(addressBlocked(100)).toBe(true);
  });
});

describe("client address", () => {
  const request = (headers: Record<string, string>) => new Request("http://sieve.test/api/v1/auth/session", { headers });

  it("takes the entry the proxy appended, not the ones the client wrote before it", () => {
    expect(clientAddress(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("says unknown when nothing names the caller", () => {
    expect(clientAddress(request({}))).toBe("unknown");
  });
});
