import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/core/rate-limit/client-address";

describe("the client address used by per-address limits", () => {
  it("takes the first X-Forwarded-For hop, from a Headers object or a plain record", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["198.51.100.2, 10.0.0.1"] })).toBe("198.51.100.2");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.9" }))).toBe("192.0.2.9");
    expect(clientAddress({ "x-real-ip": "192.0.2.10" })).toBe("192.0.2.10");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
