/** The one site configuration: name, base URL and navigation. No page hard-codes a domain. */
export const site = {
  name: 'Endurance Desk',
  tagline: 'Le Mans, WEC and IMSA: race reports, results and every driver, team and car in them.',
  /** Absolute base URL, from SITE_URL (no trailing slash). */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en',
  nav: [
    { href: '/articles', label: 'Articles' },
    { href: '/drivers', label: 'Drivers' },
    { href: '/teams', label: 'Teams' },
    { href: '/cars', label: 'Cars' },
    { href: '/events', label: 'Events' },
    { href: '/circuits', label: 'Circuits' },
    { href: '/series', label: 'Series' },
  ],
} as const;

export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The site's way of writing a date. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** `2017-06-14` → "14 June 2017" in the given language. */
export function formatDate(date: string, lang = 'en'): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${date}T00:00:00Z`));
}
