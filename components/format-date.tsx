const formats = new Map<string, Intl.DateTimeFormat>();

/** `2017-06-14` → "14 June 2017" in the given language. */
export function formatDate(date: string, lang = 'en'): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${date}T00:00:00Z`));
}

/** `2017-06-14` → "14 June 2017" in the page's language, in a <time> element. */
export function FormatDate({ date, lang = 'en' }: { date: string; lang?: string }) {
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}
