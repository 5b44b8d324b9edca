/**
 * The summary as an HTML mail body. Every piece of text is escaped: ticket
 * subjects, conversation turns and even rule reasons quote the customer,
 * and a mail client must never render what a customer typed as markup.
 */
import { escapeHtml } from "../../text/html-escape.js";
import type { SummarySection } from "./summary.js";

export interface HtmlMail {
  heading: string;
  intro: string[];
  sections: SummarySection[];
  footer: string[];
  link?: { href: string; label: string };
}

export function renderHtmlMail(mail: HtmlMail): string {
  const link = mail.link ? `<p><a href="${escapeHtml(mail.link.href)}">${escapeHtml(mail.link.label)}</a></p>` : "";
  return [
    "<!doctype html>",
    '<html><body style="font-family: -apple-system, Segoe UI, Helvetica, Arial, sans-serif; font-size: 14px; color: #1d1d1f;">',
    `<h2 style="margin: 0 0 8px;">${escapeHtml(mail.heading)}</h2>`,
    ...mail.intro.map((line) => `<p>${escapeHtml(line)}</p>`),
    link,
    ...mail.sections.map(renderSection),
    ...mail.footer.map((line) => `<p style="color: #6e6e73;">${escapeHtml(line)}</p>`),
    "</body></html>",
  ].join("\n");
}

function renderSection(section: SummarySection): string {
  const title = `<h3 style="margin: 16px 0 4px;">${escapeHtml(section.title)}</h3>`;
  switch (section.style) {
    case "bullets":
      return `${title}<ul>${section.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
    case "numbered":
      return `${title}<ol>${section.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ol>`;
    case "conversation":
      return `${title}${section.lines
        .map(
          (l) => `<blockquote style="margin: 4px 0; padding-left: 8px; border-left: 3px solid #d2d2d7; white-space: pre-wrap;">${escapeHtml(l)}</blockquote>`,
        )
        .join("")}`;
    default:
      return `${title}<table>${section.lines.map(factRow).join("")}</table>`;
  }
}

function factRow(line: string): string {
  const colon = line.indexOf(": ");
  if (colon < 0) return `<tr><td colspan="2">${escapeHtml(line)}</td></tr>`;
  return `<tr><td style="color: #6e6e73; padding-right: 12px; vertical-align: top;">${escapeHtml(line.slice(0, colon))}</td><td>${escapeHtml(line.slice(colon + 2))}</td></tr>`;
}
