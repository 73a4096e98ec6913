'use client';

import { ServerError } from '@/components/server-error';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { site } from '@/lib/site';
import { barlow, inter } from './fonts';
import './globals.css';

/**
 * The site's 500 page, for any page that fails to render (e.g. an article whose compiled body is
 * missing): Next sends an error shell and the browser renders this in place of the whole document.
 * The same look as every page, and no inline style (Next's own has one, which the CSP blocks). It is
 * the only error boundary: one in the layout (app/error.tsx) would add its own script to every page.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang={site.locale} className={`${inter.variable} ${barlow.variable}`}>
      <body className="flex min-h-screen flex-col antialiased">
        <SiteHeader name={site.name} nav={site.nav} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          <ServerError digest={error.digest} />
        </main>
        <SiteFooter name={site.name} tagline={site.tagline} nav={site.nav} />
      </body>
    </html>
  );
}
