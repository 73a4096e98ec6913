/** The site's Content-Security-Policy, in one pure module. */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './theme-script.mjs';

/**
 * The site's Content-Security-Policy, in one pure module (plain ESM: next.config.mjs, the cache handler
 * and the post-build script import it).
 *
 * No nonces: a nonce forces every page to render per request. Each page's policy instead lists the
 * sha256 of each inline script in its own HTML that is one of the site's constant scripts
 * (TRUSTED_SCRIPTS: the theme script). Pages carry no framework script or flight data any more
 * (lib/static-html.mjs), so that is all a page runs, with /search's Pagefind from a file ('self'). Any
 * other inline script gets no hash, so an injected one stays blocked. JSON-LD
 * (`type="application/ld+json"`) is data the browser never runs, and the policy does not cover it.
 */

/** Constant inline scripts of the site itself (e.g. the theme script), allowed by their hash. */
export const TRUSTED_SCRIPTS = [THEME_SCRIPT];

/** Directives shared by every response. */
const LOCKDOWN = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

/** For responses that are not HTML pages: route handlers, images, feeds, static files. */
export const BASE_CSP = ["default-src 'none'", ...LOCKDOWN, "form-action 'none'"].join('; ');

/**
 * For Pagefind's scripts under /pagefind/: its search worker runs under the policy of its own response, and
 * fetches the index and compiles its WebAssembly there (lib/search/serve.ts, and the export's nginx map).
 */
export const WORKER_CSP = ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", ...LOCKDOWN].join('; ');

/** True when an inline script is one of the site's constant scripts. */
export function isTrustedInlineScript(text) {
  return TRUSTED_SCRIPTS.includes(text);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts of a page: `<script>` elements without src whose type runs as JavaScript.
 * The HTML is Next's own output, where a script's text never holds `</script` (React escapes it).
 */
export function inlineScripts(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(m[2]);
  }
  return scripts;
}

/** The policy of one HTML page, and the inline scripts it leaves blocked. */
export function cspReport(html) {
  const hashes = new Set();
  const blocked = [];
  for (const text of inlineScripts(html)) {
    if (isTrustedInlineScript(text)) hashes.add(sha256(text));
    else blocked.push(text);
  }
  // /search runs Pagefind, which compiles WebAssembly (components/search-form.tsx marks the page).
  const wasm = /\sdata-search-app(?:=|\s|>)/.test(html) ? " 'wasm-unsafe-eval'" : '';
  const policy = [
    "default-src 'self'",
    `script-src 'self'${wasm} ${[...hashes].join(' ')}`.trim(),
    "style-src 'self'",
    // Class badges carry their colours in style attributes; no inline <style> element is allowed.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "form-action 'self'",
    ...LOCKDOWN,
  ].join('; ');
  return { policy, blocked };
}

/** The full Content-Security-Policy of an HTML page. */
export function cspForHtml(html) {
  return cspReport(html).policy;
}
