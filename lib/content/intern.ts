/** String and reference interning, so a large corpus keeps one copy of each repeated name. */
import type { Ref } from './types';

/**
 * A copy of `s` that does not keep its source alive. V8 represents a slice of a longer string (a name
 * cut out of a file's text) as a pointer into that text, so one kept name would keep the whole file in
 * memory; a round trip through JSON makes a string of its own.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * One copy of each repeated string and of each `{ id, written }` reference. A driver named in a thousand
 * results is then a thousand pointers to one object instead of a thousand objects and two thousand
 * strings: at 10,000 articles this is most of the content's memory.
 */
export interface Interner {
  text(s: string): string;
  /** The reference to `id` as written (trimmed); equal references are the same object, never to be mutated. */
  ref(id: string, written: string): Ref;
}

function makeInterner(): Interner {
  const texts = new Map<string, string>();
  const refs = new Map<string, Ref>();
  const text = (s: string): string => {
    let v = texts.get(s);
    if (v === undefined) {
      v = flat(s);
      texts.set(v, v);
    }
    return v;
  };
  return {
    text,
    ref(id, written) {
      const key = `${id}\u0000${written}`;
      let r = refs.get(key);
      if (r === undefined) {
        r = { id: text(id), written: text(written.trim()) };
        refs.set(key, r);
      }
      return r;
    },
  };
}

/** One interner per content build (per resolver, the `owner`), so that nothing outlives the content it belongs to. */
const interners = new WeakMap<object, Interner>();
export function interner(owner: object): Interner {
  let i = interners.get(owner);
  if (!i) {
    i = makeInterner();
    interners.set(owner, i);
  }
  return i;
}
