/** A racing class badge in its series' colour: the tag the React badge draws, and the same badge as an HTML string. */
import { resolveClass } from '../../content/classes';
import { html, type Html } from '../../html';
import type { ClassTag } from '../props/class-badge';

/** The class's canonical name and colours, for components/class-badge.tsx. */
export function classTag(name: string): ClassTag {
  const info = resolveClass(name);
  return { label: info.name, color: info.color, text: info.text };
}

/** The badge's utility classes in `size` (the same as components/class-badge.tsx). */
const badgeClasses = (size: 'sm' | 'md') =>
  `inline-block whitespace-nowrap rounded-sm font-bold uppercase tracking-wide ${size === 'sm' ? 'px-1.5 py-0 text-[0.7rem]' : 'px-2 py-0.5 text-xs'}`;

/** The same badge as HTML, for the tables rendered as strings (lib/html.ts). */
export function classBadgeHtml(name: string, size: 'sm' | 'md' = 'md'): Html {
  const t = classTag(name);
  return html`<span class="${badgeClasses(size)}" style="background-color:${t.color};color:${t.text}">${t.label}</span>`;
}
