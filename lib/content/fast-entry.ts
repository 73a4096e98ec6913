/** entrySchema's output without zod for an entry that is certainly valid (an article can have hundreds of entries; bench/README.md, "Fast paths against the libraries", row (c)). */
import type { z } from 'zod';
import type { entrySchema } from './schema';

type EntryData = z.infer<typeof entrySchema>;

/** A plain object (not null, not a list). */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether zod's output for the entry being read differs from the input (a text with blanks around it). */
let trimmed = false;

/** zod's `text`: trimmed, non-empty text, or undefined. */
function fastText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (t === '') return undefined;
  if (t !== v) trimmed = true;
  return t;
}

/**
 * entrySchema's output for an entry that is certainly valid, without zod (an article can have hundreds of
 * entries); undefined for anything doubtful, which then goes through zod for the exact messages.
 */
export function fastEntry(e: unknown): EntryData | undefined {
  if (!isRecord(e) || Object.getPrototypeOf(e) !== Object.prototype) return undefined;
  const out: EntryData = {};
  trimmed = false;
  for (const key of Object.keys(e)) {
    const v = e[key];
    switch (key) {
      case 'pos':
      case 'overall':
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) return undefined;
        out[key] = v;
        break;
      case 'laps':
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return undefined;
        out.laps = v;
        break;
      case 'number':
        if (typeof v === 'string') {
          const t = fastText(v);
          if (t === undefined) return undefined;
          out.number = t;
        } else if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) out.number = v;
        else return undefined;
        break;
      case 'team':
      case 'car':
      case 'status':
      case 'note': {
        const t = fastText(v);
        if (t === undefined) return undefined;
        out[key] = t;
        break;
      }
      case 'time':
      case 'gap':
        if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[key] = v;
        else return undefined;
        break;
      case 'drivers': {
        if (!Array.isArray(v)) return undefined;
        const list: NonNullable<EntryData['drivers']> = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const d: unknown = v[i];
          if (typeof d === 'string') {
            const t = fastText(d);
            if (t === undefined) return undefined;
            list[i] = t;
            continue;
          }
          if (!isRecord(d) || Object.getPrototypeOf(d) !== Object.prototype) return undefined;
          const keys = Object.keys(d);
          const name = fastText(d.name);
          if (name === undefined || keys.some((k) => k !== 'name' && k !== 'category')) return undefined;
          if ('category' in d) {
            const category = fastText(d.category);
            if (category === undefined) return undefined;
            list[i] = { name, category };
          } else list[i] = { name };
        }
        out.drivers = list;
        break;
      }
      default:
        return undefined;
    }
  }
  // Nothing to trim: the entry is its own output, and the copy can go.
  return trimmed ? out : (e as EntryData);
}

