'use client';

import { ServerError } from '@/components/server-error';

/**
 * The site's 500 page inside the layout, for a page that fails while rendering in the browser or on
 * demand. The cause goes to the server log; the page gets only Next's digest, which the log carries too.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return <ServerError digest={error.digest} />;
}
