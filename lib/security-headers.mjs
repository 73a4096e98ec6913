/**
 * The headers every response carries besides its Content-Security-Policy (lib/csp.mjs): next.config.mjs
 * sends them from `next start`, deploy/nginx/site.conf from nginx. Strict-Transport-Security is not
 * here: it is sent only over https (`x-forwarded-proto: https`, see next.config.mjs and docs/deploy.md).
 */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Sent only when the request came over https (a proxy's `x-forwarded-proto`). */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };
