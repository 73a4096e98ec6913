/** A report in a "Reported in" list (edition and session pages): its title, linked where it has a page, and its date. */
import { FormatDate } from './format-date';

export function ReportLink({ href, title, lang, date }: { href?: string; title: string; lang?: string; date?: string }) {
  return (
    <>
      {href ? (
        <a href={href} hrefLang={lang} lang={lang} className="hover:text-brand hover:underline">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {date && (
        <span className="text-muted">
          {' '}
          (<FormatDate date={date} />)
        </span>
      )}
    </>
  );
}
