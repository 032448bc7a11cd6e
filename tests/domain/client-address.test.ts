import { describe, expect, it } from "vitest";
import { rateLimitAddress } from "../../src/domain/client-address";

describe("rateLimitAddress (what the per-IP rate limits count)", () => {
  it("counts an IPv4 client by its address", () => {
    expect(rateLimitAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const same = [
      "2001:db8:1:2::1",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0DB8:0001:0002:0:0:0:9",
      "2001:db8:1:2:a::",
    ];
    for (const ip of same) expect(rateLimitAddress(ip), ip).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("counts an IPv4-mapped or NAT64 address by the IPv4 address in it", () => {
    expect(rateLimitAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress("64:ff9b::198.51.100.1")).toBe("198.51.100.1");
  });

  it('puts callers without CF-Connecting-IP (local tools) together under "unknown"', () => {
    expect(rateLimitAddress(undefined)).toBe("unknown");
    expect(rateLimitAddress("")).toBe("unknown");
    expect(rateLimitAddress("   ")).toBe("unknown");
  });

  it("keeps at most 64 characters of a header it cannot read", () => {
    expect(rateLimitAddress("x".repeat(500))).toHaveLength(64);
  });
});
