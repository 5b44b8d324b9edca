import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/text/html-escape.js";

describe("escapeHtml", () => {
  it("escapes the five characters that can open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;");
  });

  it("leaves other text as it is, the documents being UTF-8", () => {
    expect(escapeHtml("Grüße, 你好 😀 — 100 %")).toBe("Grüße, 你好 😀 — 100 %");
  });

  it("escapes an ampersand once, so an entity the customer typed stays visible as typed", () => {
    expect(escapeHtml("&lt;script&gt;")).toBe("&amp;lt;script&amp;gt;");
  });

  it("cannot be broken out of with a script tag or an event handler", () => {
    const out = escapeHtml(`"><script>alert(1)</script><img src=x onerror='alert(2)'>`);
    expect(out).not.toMatch(/[<>"']/);
  });
});
