/** An article's byline, corrections and lead photo (issue 23): validated and resolved for lib/content/normalize.ts. */
import { toIsoDate } from './dates';
import { flat, type Interner } from './intern';
import type { Resolver } from './registry';
import type { ArticleImage, Correction, Ref } from './types';

type Err = (path: string, message: string, value?: unknown, hint?: string) => void;

interface Head {
  author?: string | string[];
  corrections?: { date: string | Date; text: string }[];
}

/**
 * The authors (each resolved like a driver, through content/authors/ and its aliases) and the dated
 * corrections, oldest first, with the latest correction's date: a correction is a change, so the article
 * is updated on that date at least (dateModified, the sitemap's lastmod, the feeds).
 */
export function newsroomFields(
  head: Head,
  date: string | undefined,
  resolver: Resolver,
  shared: Interner,
  err: Err,
): { authors: Ref[]; corrections: Correction[]; lastCorrection?: string } {
  const corrections: Correction[] = [];
  head.corrections?.forEach((c, i) => {
    const when = toIsoDate(c.date);
    if (!when) err(`corrections[${i}].date`, 'is not a real date written as YYYY-MM-DD', c.date, 'write it like 2017-06-15');
    else if (date && when < date) err(`corrections[${i}].date`, 'is earlier than the publication date', c.date, 'a correction is dated the day it was made, after publication');
    else corrections.push({ date: when, text: shared.text(c.text.trim()) });
  });
  corrections.sort((a, b) => a.date.localeCompare(b.date));
  const authors: Ref[] = [];
  const names = head.author === undefined ? [] : Array.isArray(head.author) ? head.author : [head.author];
  names.forEach((written, i) => {
    const name = written.trim();
    const id = resolver.resolve('authors', name);
    const path = Array.isArray(head.author) ? `author[${i}]` : 'author';
    if (!id) err(path, 'has no letters or digits to make a page address from', name, "write the author's name, e.g. author: Jane Doe");
    else authors.push(shared.ref(id, name));
  });
  return { authors, corrections, lastCorrection: corrections[corrections.length - 1]?.date };
}

/** The lead photo as the article keeps it: trimmed, its repeated strings shared. */
export function imageOf(image: { src: string; alt: string; caption?: string; credit: string }, text: (s: string) => string): ArticleImage {
  return {
    src: text(image.src.trim()),
    alt: flat(image.alt.trim()),
    credit: text(image.credit.trim()),
    ...(image.caption ? { caption: flat(image.caption.trim()) } : {}),
  };
}
