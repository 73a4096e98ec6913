import { DATA_PAGE_HREF, FEED_HREF } from '@/lib/routes';
import type { NavItem } from './site-header';

export function SiteFooter({ name, tagline, nav }: { name: string; tagline: string; nav: readonly NavItem[] }) {
  return (
    <footer className="mt-16 border-t border-rule bg-panel">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-[2fr_1fr]">
        <div>
          <p className="font-display text-lg font-bold uppercase text-ink">{name}</p>
          <p className="mt-1 max-w-prose">{tagline}</p>
        </div>
        <nav aria-label="Footer" className="flex flex-wrap gap-x-4 gap-y-1 sm:justify-end">
          {nav.map((item) => (
            <a key={item.href} href={item.href} className="hover:text-ink">
              {item.label}
            </a>
          ))}
          <a href={FEED_HREF} className="hover:text-ink">
            RSS feed
          </a>
          <a href={DATA_PAGE_HREF} className="hover:text-ink">
            Open data
          </a>
        </nav>
      </div>
    </footer>
  );
}
