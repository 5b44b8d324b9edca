/**
 * HTML that escapes by default: `html` is a tagged template in which every
 * interpolated value is escaped unless it is itself `html` output. Customer
 * text, names from Slack, rule evidence quoting the customer — none of it
 * can become markup, whatever it contains. `trusted` marks the few constant
 * strings (the stylesheet) that are ours.
 */
import { escapeHtml } from "../../text/html-escape.js";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  // false and nullish render nothing, so `${cond && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Our own constant markup or CSS; never for anything that came in a request. */
export function trusted(value: string): Html {
  return new Html(value);
}
