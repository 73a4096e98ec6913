'use client';

import { ServerError } from '@/components/server-error';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { site } from '@/lib/site';
import { barlow, inter } from './fonts';
import './globals.css';

/**
 * The site's 500 page when a page fails where app/error.tsx cannot catch it: a page rendered from the
 * cache's point of view (prerendered, then re-rendered on demand), whose error replaces the whole
 * document. The same look as every page, and no inline style (Next's own has one, which the CSP blocks).
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
