/**
 * The page shell every console page shares, and the small pages (login,
 * errors). Security headers for these pages are set by the routes.
 */
import { html, trusted, type Html } from "./html.js";
import { STYLESHEET } from "./styles.js";

export function page(title: string, body: Html, crumb?: string): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<link rel="icon" href="data:,">
<title>${title} · Agent console</title>
<style>${trusted(STYLESHEET)}</style>
</head>
<body>
<header class="top"><a class="brand" href="/">Agent console</a>${crumb ? html`<span class="crumb">/ ${crumb}</span>` : ""}</header>
<main>
${body}
</main>
</body>
</html>`;
}

/** A page saying why access was refused, with a login form when a token would help. */
export function accessPage(reason: string, next: string, offerLogin: boolean): Html {
  return page(
    "Sign in",
    html`<div class="card narrow">
  <h2>Agent console</h2>
  <p>${reason}</p>
  ${
    offerLogin
      ? html`<form method="post" action="/login">
    <input type="hidden" name="next" value="${next}">
    <label for="token">Console token</label>
    <input type="text" id="token" name="token" autocomplete="off" required>
    <button class="primary" type="submit">Sign in</button>
  </form>`
      : ""
  }
</div>`,
  );
}

export function errorPage(title: string, message: string): Html {
  return page(title, html`<div class="card narrow"><h2>${title}</h2><p>${message}</p></div>`);
}
