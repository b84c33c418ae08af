import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientAddress, trustedProxyList } from "./client-address";

const none = trustedProxyList([]);
const nginx = trustedProxyList(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, ::1" }).TRUSTED_PROXIES);
const chain = trustedProxyList(parseEnv({ TRUSTED_PROXIES: "127.0.0.1 10.0.0.0/8" }).TRUSTED_PROXIES);

describe("clientAddress", () => {
  it("without trusted proxies, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.1" }, none)).toBe("198.51.100.7");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.1" }, none)).toBe("127.0.0.1");
    expect(clientAddress({ peer: "::ffff:198.51.100.7", forwardedFor: null }, none)).toBe("198.51.100.7");
  });

  it("behind a trusted proxy, is the address the proxy forwarded for", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.1" }, nginx)).toBe("203.0.113.1");
    expect(clientAddress({ peer: "::1", forwardedFor: "2001:db8::5" }, nginx)).toBe("2001:db8::5");
    // A client's own X-Forwarded-For in front of what the proxy appended counts for nothing.
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "192.0.2.99, 203.0.113.1" }, nginx)).toBe("203.0.113.1");
  });

  it("walks back through a chain of trusted proxies to the first address that is not one", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "192.0.2.99, 203.0.113.1, 10.1.2.3" }, chain)).toBe("203.0.113.1");
    expect(clientAddress({ peer: "10.0.0.1", forwardedFor: "10.0.0.2" }, chain)).toBe("10.0.0.2");
  });

  it("does not follow a trusted proxy past something that is not an address, and knows nothing without a socket address", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "not-an-ip" }, nginx)).toBe("127.0.0.1");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: " , " }, nginx)).toBe("127.0.0.1");
    expect(clientAddress({ peer: null, forwardedFor: "203.0.113.1" }, nginx)).toBe("unknown");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("is empty by default and takes addresses and CIDR ranges separated by commas or spaces", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: " 127.0.0.1,::1  10.0.0.0/8 fd00::/8" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"]);
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["localhost", "10.0.0.0/33", "127.0.0.1;rm", "*"]) expect(() => parseEnv({ TRUSTED_PROXIES: value }), value).toThrow(/TRUSTED_PROXIES/);
  });
});
