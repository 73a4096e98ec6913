/** What the cache handler does to each entry: the page's CSP added, only 200 answers kept. */
import { cspForHtml } from '../csp.mjs';

/**
 * Two rules of the site's for whatever stores Next's incremental cache (lib/cache/next-cache-handler.mjs, on disk or
 * in Redis):
 *
 * 1. Every HTML page it hands out carries its Content-Security-Policy (lib/csp.mjs): the entries
 *    rendered at run time get it when stored, and prerendered ones when read, should the post-build
 *    step (scripts/page-csp.ts) not have written it into their `.meta` already.
 * 2. It keeps only answers worth keeping: a page or a route handler's 200. Next would otherwise store
 *    the 404 of every unknown id a scanner tries (disk without bound, and a file named after each
 *    hostile URL), and the 204 of an OPTIONS request as a file's content, which every later GET of
 *    that file then fails to send (500 until the next build).
 *
 */
const CSP = 'content-security-policy';

/** Adds the page policy to an APP_PAGE value that lacks one (in place: the memory cache keeps it). */
export function withPageCsp(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return value;
  if (value.headers?.[CSP]) return value;
  // In place where it can: the headers object may be the one the current response is sent with.
  if (value.headers) value.headers[CSP] = cspForHtml(value.html);
  else value.headers = { [CSP]: cspForHtml(value.html) };
  return value;
}

/** True for the entries a cache stores: pages and route handlers that answered 200. */
export function worthKeeping(value) {
  if (value?.kind !== 'APP_PAGE' && value?.kind !== 'APP_ROUTE') return true;
  return (value.status ?? 200) === 200;
}
