import { HOME_HREF, SEARCH_HREF } from '@/lib/routes';
import { SearchField } from './search-field';
import { ThemeToggle } from './theme-toggle';

export interface NavItem {
  href: string;
  label: string;
}

/**
 * Plain links (no next/link): a prefetching header fetched every section's RSC payload on each page load.
 * The search field is an ordinary GET form to /search, which works without JavaScript.
 */
export function SiteHeader({ name, nav }: { name: string; nav: readonly NavItem[] }) {
  return (
    <header className="site-header border-b-4 border-brand bg-header text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={HOME_HREF} className="font-display text-2xl font-bold uppercase tracking-wide no-underline">
          <span className="text-brand-on-header">●</span> {name}
        </a>
        <nav aria-label="Main" className="-mx-2 flex max-w-full flex-wrap gap-x-1 text-sm font-semibold uppercase tracking-wide">
          {nav.map((item) => (
            <a key={item.href} href={item.href} className="whitespace-nowrap rounded px-2 py-1.5 text-white/85 hover:bg-white/10 hover:text-white">
              {item.label}
            </a>
          ))}
        </nav>
        <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto">
          <form role="search" aria-label="Site" action={SEARCH_HREF} method="get" className="flex min-w-0 flex-1 sm:flex-none">
            <SearchField id="site-search" label="Search the site" placeholder="Search" inputClass="header-field min-w-0 flex-1 sm:w-44" buttonClass="header-button" />
          </form>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
