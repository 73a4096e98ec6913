import { NextResponse, type NextRequest } from 'next/server';
import { BASE_CSP } from '@/lib/csp.mjs';

/**
 * Guards the requests Next itself would answer 500 to. It runs only for the paths in config.matcher
 * (a `%` anywhere, or a file: a dot in the last segment, or a share image), so pages never pay for it.
 *
 * - Malformed percent-encoding (`/teams/%`, `/articles/%E0%A4%A`): 400. Next fails to decode it while
 *   matching a dynamic route and answers 500.
 * - Files answer GET and HEAD only. OPTIONS gets its 204 here: Next's own answer for a route handler
 *   rendered on first request (`force-static`) is a 500 (a 204 built with a body).
 */
const ALLOW = 'GET, HEAD, OPTIONS';

function refuse(status: number, message: string) {
  return new NextResponse(status === 204 ? null : `${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': BASE_CSP, Allow: ALLOW },
  });
}

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(400, 'Bad Request: the address has malformed percent-encoding.');
  }
  const isFile = /\.[^/]*$|\/opengraph-image$/.test(request.nextUrl.pathname) && !request.nextUrl.pathname.startsWith('/_next/');
  if (isFile && request.method === 'OPTIONS') return refuse(204, '');
  if (isFile && request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method Not Allowed');
  return NextResponse.next();
}

export const config = {
  matcher: ['/:path(.*%.*)', '/:path((?!_next/)(?:.*/)?[^/]*\\.[^/]*)', '/:path(.*opengraph-image)'],
};
