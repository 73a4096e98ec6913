/** `2017-06-14` → "14 June 2017" in the page's language, in a <time> element. */
export function FormatDate({ date, lang = 'en' }: { date: string; lang?: string }) {
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return <time dateTime={date}>{text}</time>;
}
