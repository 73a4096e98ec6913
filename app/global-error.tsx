'use client';

import { ServerError } from '@/components/server-error';
import { site } from '@/lib/site';
import './globals.css';

/**
 * The site's 500 page, for any page that fails to render (e.g. an article whose compiled body is
 * missing): Next sends an error shell and the browser renders this in place of the whole document.
 * The site's look with plain links (next/link, SiteHeader's, would add script to every page, since the
 * error boundary ships with each page), and no inline style (Next's own has one, which the CSP blocks).
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang={site.locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <header className="border-b-4 border-brand bg-ink text-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <a href="/" className="font-display text-2xl font-bold uppercase tracking-wide no-underline">
              <span className="text-brand">●</span> {site.name}
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          <ServerError digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
