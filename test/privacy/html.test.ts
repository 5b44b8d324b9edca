/** HTML mail bodies become text; text that merely mentions markup stays as written. */
import { describe, expect, it } from "vitest";
import { htmlToPlainText, looksLikeHtml, plainTextOf } from "../../src/privacy/html.js";

const MAIL = `<!DOCTYPE html><html><head><style>p{color:red}</style><script>steal()</script></head>
<body><div dir="rtl">مرحبا، الخدمة متوقفة</div><p>Our <b>production</b> API is down since 9:00.</p>
<p>See <a href="https://status.example.com/incident/42">the incident</a>.</p><img src="https://track.example/p.gif" onerror="alert(1)">
<table><tr><td>Order</td><td>A-1001</td></tr></table><blockquote>earlier mail &lt;3 &amp; more</blockquote></body></html>`;

describe("HTML mail bodies", () => {
  it("recognises documents and bodies of markup", () => {
    expect(looksLikeHtml(MAIL)).toBe(true);
    expect(looksLikeHtml("<p>Hello</p><p>the app crashes</p>")).toBe(true);
    expect(looksLikeHtml("<div>Hi<br>the export fails<br></div>")).toBe(true);
  });

  it("leaves plain text that mentions markup as it is", () => {
    for (const text of [
      "My page shows <br> literally after the update",
      "Your editor turns <b> into text",
      "a < b and c > d",
      "My dashboard shows <img src=x onerror=alert(1)> instead of charts",
      "",
    ]) {
      expect(looksLikeHtml(text)).toBe(false);
      expect(plainTextOf(text)).toBe(text);
    }
  });

  it("keeps the words, links, table cells and quotes; drops script, style and images", () => {
    const text = htmlToPlainText(MAIL);
    expect(text).toContain("مرحبا، الخدمة متوقفة");
    expect(text).toContain("Our production API is down since 9:00.");
    expect(text).toContain("https://status.example.com/incident/42");
    expect(text).toMatch(/Order\s+A-1001/);
    expect(text).toContain("> earlier mail <3 & more");
    expect(text).not.toMatch(/steal|color:red|track\.example|onerror|<[a-z]/i);
  });
});
