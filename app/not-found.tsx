import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo';

// Next marks the 404 response noindex itself. Served at any address that has no page, so no canonical URL.
export const metadata: Metadata = pageMetadata({
  title: 'Page not found',
  description: 'This page is not on the timing sheet. It may have moved, or the address may be mistyped.',
});

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="font-display text-7xl font-bold text-brand">404</p>
      <h1 className="mt-2 font-display text-3xl font-bold uppercase">Page not found</h1>
      <p className="mx-auto mt-3 max-w-md text-muted">
        This page is not on the timing sheet. It may have moved, or the address may be mistyped.
      </p>
      <p className="mt-6 flex justify-center gap-4 font-semibold">
        <a href="/" className="text-brand hover:underline">Latest reports</a>
        <a href="/drivers" className="text-brand hover:underline">Drivers</a>
        <a href="/teams" className="text-brand hover:underline">Teams</a>
      </p>
    </div>
  );
}
