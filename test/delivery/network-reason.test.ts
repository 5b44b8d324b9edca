/** "fetch failed" alone names nothing to fix: the reason is read from the error's causes. */
import { describe, expect, it } from "vitest";
import { networkReason } from "../../src/delivery/transports/delivery-error.js";

describe("networkReason", () => {
  it("names a refused connection and where it was going", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED", address: "127.0.0.1", port: 9 });
    expect(networkReason(new TypeError("fetch failed", { cause }))).toBe("connection refused (127.0.0.1:9)");
  });

  it("names an unknown host and a timeout", () => {
    expect(networkReason(new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND x.invalid"), { code: "ENOTFOUND" }) }))).toBe(
      "host not found",
    );
    expect(networkReason(Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" }))).toBe("no answer in time (timeout)");
  });

  it("keeps the causes' words when no code is known", () => {
    expect(networkReason(new TypeError("fetch failed", { cause: new Error("bad port") }))).toBe("fetch failed: bad port");
    expect(networkReason(new Error("plain"))).toBe("plain");
  });
});
