import { formatDate } from '@/lib/site';

/** `2017-06-14` → "14 June 2017" in the page's language, in a <time> element. */
export function FormatDate({ date, lang = 'en' }: { date: string; lang?: string }) {
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}
