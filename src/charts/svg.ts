/**
 * The few SVG pieces every chart is made of. Attribute values and text go
 * through the one HTML escaper, so a category named by a customer or a
 * dataset can never become markup. Colours are presentation attributes,
 * never `style="…"`: the console's content security policy allows no
 * inline style, and a report opened from a mail should look the same.
 */
import { escapeHtml } from "../text/html-escape.js";

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** One decimal at most, and no `-0`: short, stable output that diffs well. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(typeof value === "number" ? num(value) : value)}"`)
    .join("");
}

/** An element; `children` is markup already made by these helpers. */
export function element(name: string, attrs: Attributes, children?: string): string {
  return children === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A text node, escaped. */
export function label(x: number, y: number, text: string, attrs: Attributes = {}): string {
  return element("text", { x, y, ...attrs }, escapeHtml(text));
}

/** A tooltip for the element it is put in. */
export function tooltip(text: string): string {
  return element("title", {}, escapeHtml(text));
}

/** Too long for the room it has: cut, with the whole text as a tooltip. */
export function fittedLabel(x: number, y: number, text: string, maxChars: number, attrs: Attributes): string {
  if (text.length <= maxChars) return label(x, y, text, attrs);
  return element("text", { x, y, ...attrs }, escapeHtml(`${text.slice(0, Math.max(1, maxChars - 1))}…`) + tooltip(text));
}

/** The outer element, sized by its viewBox so that it scales to its container. */
export function svgDocument(width: number, height: number, attrs: Attributes, children: readonly string[]): string {
  return element("svg", { ...attrs, xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${num(width)} ${num(height)}` }, children.join(""));
}
