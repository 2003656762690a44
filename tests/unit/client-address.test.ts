import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "@/lib/core/rate-limit/client-address";

describe("the client address used by per-address limits", () => {
  it("reads the hop the portal's server appended, never what the client wrote", () => {
    // The client sent "203.0.113.7"; the server appended the TCP peer, 198.51.100.2.
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 198.51.100.2" }), 0)).toBe("198.51.100.2");
    expect(clientAddress({ "x-forwarded-for": ["1.1.1.1, 2.2.2.2", "198.51.100.2"] }, 0)).toBe("198.51.100.2");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.2" }), 0)).toBe("198.51.100.2");
  });

  it("behind n trusted proxies, reads the address the outermost one saw", () => {
    // spoofed, then what the proxy saw (the client), then the proxy itself (appended by the server)
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.5" });
    expect(clientAddress(headers, 1)).toBe("203.0.113.7");
    expect(clientAddress(headers, 2)).toBe("6.6.6.6");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.5" }), 3)).toBe("10.0.0.5");
  });

  it("ignores X-Real-IP, which any client can send, and bounds what it returns", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.9" }), 0)).toBe("unknown");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": `1.1.1.1, ${"9".repeat(500)}` }), 0)).toHaveLength(64);
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, else 0", () => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({})).toBe(0);
    for (const bad of ["-1", "1.5", "abc", "99"]) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });
});
