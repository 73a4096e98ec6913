/** Racing classes: canonical names, the press's spellings and each series' colour. */
import { toId } from './names';
import { flat } from './intern';

/**
 * Racing classes known to the site: the canonical name, the spellings the press uses, and the colour the
 * series customarily gives the class (number panels, timing screens). An unknown class is still accepted
 * and shown with a neutral badge.
 */
export interface ClassInfo {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Badge background and text colours. */
  color: string;
  text: string;
}

const CLASSES: readonly ClassInfo[] = [
  { id: 'hypercar', name: 'Hypercar', aliases: ['HY', 'LMH', 'Hypercars'], color: '#d6001c', text: '#ffffff' },
  { id: 'lmp1', name: 'LMP1', aliases: ['LMP 1', 'LMP1-H', 'LMP1-L'], color: '#d6001c', text: '#ffffff' },
  { id: 'lmp2', name: 'LMP2', aliases: ['LMP 2', 'P2'], color: '#0055b8', text: '#ffffff' },
  { id: 'lmp3', name: 'LMP3', aliases: ['LMP 3', 'P3'], color: '#7b2d8e', text: '#ffffff' },
  { id: 'lmgte-pro', name: 'LMGTE Pro', aliases: ['GTE Pro', 'GTE-Pro', 'LMGTE-Pro', 'GTE PRO'], color: '#00843d', text: '#ffffff' },
  { id: 'lmgte-am', name: 'LMGTE Am', aliases: ['GTE Am', 'GTE-Am', 'LMGTE-Am', 'GTE AM'], color: '#f28c00', text: '#1a1a1a' },
  { id: 'lmgt3', name: 'LMGT3', aliases: ['LM GT3', 'GT3'], color: '#00843d', text: '#ffffff' },
  { id: 'gtp', name: 'GTP', aliases: ['DPi'], color: '#111111', text: '#ffffff' },
  { id: 'gtd-pro', name: 'GTD Pro', aliases: ['GTD-Pro', 'GTD PRO', 'GTDPro'], color: '#c8102e', text: '#ffffff' },
  { id: 'gtd', name: 'GTD', aliases: [], color: '#007a33', text: '#ffffff' },
];

const byId = new Map<string, ClassInfo>();
for (const info of CLASSES) {
  byId.set(info.id, info);
  for (const alias of info.aliases) byId.set(toId(alias), info);
}

/** The canonical class for a published class name; unknown classes keep their own name. */
export function resolveClass(written: string): ClassInfo {
  const id = toId(written);
  // flat: the written name may be cut out of a file's text, which a kept slice would keep in memory.
  return byId.get(id) ?? { id: flat(id), name: flat(written.trim()), aliases: [], color: '#4b5563', text: '#ffffff' };
}
