/** A racing class badge in its series' colour: its style for the React badge, and the same badge as an HTML string. */
import { resolveClass } from '../../content/classes';
import { html, type Html } from '../../html';

/** The class's label, colours and utility classes, in `size`. */
export function badge(name: string, size: 'sm' | 'md') {
  const info = resolveClass(name);
  const pad = size === 'sm' ? 'px-1.5 py-0 text-[0.7rem]' : 'px-2 py-0.5 text-xs';
  return {
    className: `inline-block whitespace-nowrap rounded-sm font-bold uppercase tracking-wide ${pad}`,
    color: info.color,
    text: info.text,
    label: info.name,
  };
}

/** The same badge as HTML, for the tables rendered as strings (lib/html.ts). */
export function classBadgeHtml(name: string, size: 'sm' | 'md' = 'md'): Html {
  const b = badge(name, size);
  return html`<span class="${b.className}" style="background-color:${b.color};color:${b.text}">${b.label}</span>`;
}
