import Link from 'next/link';

export interface NavItem {
  href: string;
  label: string;
}

export function SiteHeader({ name, nav }: { name: string; nav: readonly NavItem[] }) {
  return (
    <header className="border-b-4 border-brand bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="font-display text-2xl font-bold uppercase tracking-wide no-underline">
          <span className="text-brand">●</span> {name}
        </Link>
        <nav aria-label="Main" className="-mx-2 flex max-w-full flex-wrap gap-x-1 text-sm font-semibold uppercase tracking-wide">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="whitespace-nowrap rounded px-2 py-1.5 text-white/85 hover:bg-white/10 hover:text-white">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
